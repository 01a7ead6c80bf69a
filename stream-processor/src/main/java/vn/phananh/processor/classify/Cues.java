package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.phananh.text.VietnameseText;

/**
 * Explicit Vietnamese cue lexicons: dangers, immediacy, chronic or past framing, spam, questions,
 * praise and accusations. They are fed to the learners as features (so the data decides how much
 * each cue weighs) and drive the urgent and spam rules. Patterns are written with diacritics and
 * matched on the accented text; a message typed without diacritics is matched on its folded form.
 */
final class Cues {

    private static final Map<String, List<String>> LEXICON = Map.ofEntries(
            Map.entry("fire", List.of("đang cháy", "cháy to", "cháy lớn", "cháy dữ dội", "bốc cháy", "cháy lan", "cháy nhà",
                    "cháy rừng", "cháy chợ", "cháy xưởng", "cháy kho", "đám cháy", "vụ cháy", "lửa", "ngọn lửa", "lửa bùng",
                    "bùng cháy", "bén lửa", "phát hỏa", "tóe lửa", "khói đen", "bốc khói", "khói nghi ngút", "cột khói",
                    "phát nổ", "nổ lớn", "tiếng nổ", "chữa cháy", "cứu hỏa", "xe cứu hỏa", "hỏa hoạn", "rò rỉ khí",
                    "rò khí gas", "rò rỉ gas", "xì gas", "bình gas", "mùi gas", "khí gas")),
            Map.entry("fallen", List.of("đổ chắn", "đổ ngang", "bật gốc", "quật đổ", "gãy đổ", "đổ xuống", "sắp đổ",
                    "nguy cơ đổ", "đổ sập", "nghiêng hẳn", "nghiêng khoảng", "bị nghiêng", "cây đổ", "cây gãy", "gãy cành",
                    "cành cây gãy", "đổ đè", "đè lên", "đè trúng", "rơi trúng", "cột điện đổ", "cột điện nghiêng",
                    "tốc mái", "bay mái", "biển quảng cáo rơi", "tường đổ", "đổ tường", "cay do chan")),
            Map.entry("wire", List.of("dây điện bị đứt", "dây điện đứt", "đứt dây điện", "dây điện rơi", "đứt rơi",
                    "dây điện trung thế", "dây điện hạ thế", "võng xuống", "võng sát", "đứt dây", "chập cháy", "chập điện",
                    "chập nổ", "rơi xuống đường", "điện giật", "bị điện giật", "rò điện", "rò rỉ điện", "phóng điện",
                    "nổ trạm biến áp", "nổ công tơ", "cháy công tơ", "sét đánh")),
            Map.entry("flood", List.of("ngập sâu", "ngập trắng", "ngập hết", "ngập lút", "tràn vào nhà", "tràn vào ruộng",
                    "nước tràn", "nước dâng", "nước lên nhanh", "nước lên", "ngập qua", "ngập gần", "bị ngập", "ngập rồi", "ngập khoảng", "ngập tới", "ngập đến", "ngập ngang", "ngập quá",
                    "ngập nặng", "ngập nửa",
                    "cô lập", "bị cô lập", "chia cắt", "mưa lũ", "lũ về", "lũ dâng", "lũ quét", "lũ ống", "nước lũ", "lũ lụt", "ngập lụt",
                    "vỡ đê", "tràn đê", "vỡ bờ", "vỡ bờ bao", "tràn bờ", "vỡ ống", "nước phun", "cuốn trôi", "nước cuốn",
                    "đuối nước", "chết đuối", "mắc kẹt")),
            Map.entry("collapse", List.of("sạt lở", "sạt", "lở đất", "sạt taluy", "sụt lún", "sụt lở", "hố tử thần",
                    "bị sụt", "sụt thành", "sụt một", "nứt toác", "vết nứt", "nứt dọc", "sập", "sập cầu", "sập nhà",
                    "sập tường", "sắp sập", "nguy cơ sập", "bị vỡ", "vỡ một", "đứt", "xói lở", "mạch sủi", "đùn sủi",
                    "thẩm lậu", "rò rỉ thân đê", "nước sủi", "sủi lên", "lún sâu")),
            Map.entry("accident", List.of("tai nạn", "va chạm", "bị tông", "tông trúng", "đâm vào", "lật xe", "xe lật",
                    "bị thương", "chảy máu", "chảy nhiều máu", "cấp cứu", "nằm dưới đường", "nằm im", "bất tỉnh", "ngất",
                    "hôn mê", "tử vong", "chết người", "thiệt mạng", "nạn nhân", "rơi xuống hố", "ngã xuống", "sa xuống",
                    "bị kẹt", "lật thuyền", "chìm thuyền")),
            Map.entry("poison", List.of("ngộ độc", "nôn", "ói", "nôn ói", "ói mửa", "buồn nôn", "đau bụng", "tiêu chảy",
                    "khó thở", "ngạt thở", "ngạt khí", "ngạt khói", "khí độc", "chóng mặt", "mờ mắt", "co giật", "sùi bọt",
                    "rượu giả", "methanol", "rò rỉ hóa chất", "hóa chất độc")),
            Map.entry("violence", List.of("đánh nhau", "đánh vợ", "đánh con", "đánh đập", "cầm dao", "cầm gậy", "cầm hung khí",
                    "hung khí", "mã tấu", "xô xát", "ẩu đả", "hỗn chiến", "đập phá", "đâm chém", "chém", "cạy cửa",
                    "đang đánh", "la hét", "hành hung", "bạo hành", "đe dọa giết", "dọa giết", "bắt cóc", "cướp giật",
                    "nổ súng")),
            Map.entry("bite", List.of("cắn", "chó cắn", "bị cắn", "bị chó", "chó dại", "nghi dại", "mèo cào", "rắn cắn", "ong đốt", "ong vò vẽ", "ong bắp cày")),
            Map.entry("explosive", List.of("đạn pháo", "quả đạn", "vỏ đạn", "đầu đạn", "quả bom", "bom mìn", "mìn",
                    "lựu đạn", "vật liệu nổ", "vật nghi là bom", "nghi là bom", "bom chưa nổ", "đạn chưa nổ")),
            Map.entry("acute", List.of("đang cháy", "cháy lan", "bốc cháy", "cháy to", "cháy lớn", "tóe lửa", "bật gốc",
                    "đổ chắn", "đổ ngang", "quật đổ", "dây điện đứt", "dây điện bị đứt", "đứt rơi", "dây điện rơi",
                    "điện giật", "ngập sâu", "ngập trắng", "tràn vào nhà", "nước dâng", "nước lên nhanh", "lũ quét", "vỡ đê",
                    "tràn đê", "sạt lở", "nứt toác", "sắp đổ", "sắp sập", "có nguy cơ sập", "tai nạn", "bị tông", "ngộ độc",
                    "hôn mê", "khó thở", "đánh nhau", "đang đánh", "cầm dao", "xô xát", "hỗn chiến", "chó cắn", "bị chó",
                    "chó dại", "chảy máu", "chảy nhiều máu", "đang lan", "mắc kẹt", "cuốn trôi", "đuối nước", "bị cô lập",
                    "rò rỉ gas", "rò khí gas", "đạn pháo", "bom mìn", "vật liệu nổ")),
            Map.entry("now", List.of("đang", "vừa", "vừa mới", "hiện đang", "hiện tại", "hiện nay", "lúc này", "sáng nay", "trưa nay",
                    "chiều nay", "tối nay", "đêm nay", "hôm nay", "sáng sớm nay", "rạng sáng nay", "bây giờ", "giờ này", "ngay",
                    "ngay lập tức", "gấp", "khẩn", "khẩn cấp", "cấp bách", "kịp thời", "rồi", "từ đêm đến giờ",
                    "từ sáng đến giờ", "mấy tiếng nay", "cứu với", "cứu giúp", "giúp với", "sos")),
            Map.entry("chronic", List.of("lâu nay", "tháng nay", "năm nay", "cả tháng", "hai tháng", "mấy tháng", "nhiều tháng",
                    "mỗi khi", "mỗi lần", "cứ mưa", "thường xuyên", "nhiều năm", "từ lâu", "đã lâu", "nhiều lần", "kéo dài",
                    "lâu lắm", "mấy năm", "tuần trước", "tháng trước", "năm ngoái", "hôm trước", "nhiều vụ",
                    "đã xảy ra", "thời gian gần đây", "thời gian qua", "hàng năm", "mùa mưa nào", "năm nào", "tối nào",
                    "đêm nào", "ngày nào", "lần nào", "cứ đến", "tình trạng này", "từ nhiều", "nhiều tuần")),
            Map.entry("past", List.of("đêm qua", "tối qua", "hôm qua", "tuần trước", "đã được dập", "đã dập tắt", "bị cháy rụi",
                    "cháy rụi", "đã khắc phục", "đã được khắc phục", "đã xử lý xong", "đã ổn định", "đã rút", "nước đã rút",
                    "trận bão vừa qua", "cơn bão vừa qua", "sau bão", "sau lũ", "đợt lũ vừa qua", "hôm trước")),
            Map.entry("epidemic", List.of("sốt xuất huyết", "tả lợn", "dịch tả", "cúm gia cầm", "tay chân miệng", "lở mồm",
                    "ổ dịch", "ca mắc", "mắc bệnh", "phun thuốc")),
            Map.entry("spam", List.of("giải ngân", "vay vốn nhanh", "vay tiền", "lãi suất thấp", "lãi thấp", "không thế chấp",
                    "chỉ cần cccd", "thông tắc", "khoan cắt", "làm bằng", "việc nhẹ", "lương cao", "kết bạn zalo",
                    "tuyển dụng", "trọn gói", "bao đậu", "khuyến mãi", "ib ngay", "nhận làm", "dịch vụ uy tín",
                    "thu nhập", "cam kết", "miễn phí", "giá rẻ", "0 đồng", "nhà cái", "nạp", "tặng ngay", "đổi thưởng",
                    "game bài", "nợ xấu", "tín chấp", "hỗ trợ vay", "làm việc tại nhà", "tuyển ctv", "ctv", "hút bể phốt",
                    "hợp thức hóa", "không cần đi lại", "uy tín", "không cọc", "hoa hồng", "kiếm tiền", "giảm giá",
                    "xả kho", "chốt đơn", "đặt hàng", "cá cược", "xổ số", "lô đề online", "làm sổ nhanh", "bao trọn",
                    "không cần giấy tờ", "duyệt nhanh", "giải ngân nhanh")),
            Map.entry("contact", List.of("zalo", "liên hệ", "nhắn tin", "gọi ngay", "[sđt]", "sđt", "hotline", "lh", "ib",
                    "inbox", "link", "bio", "[email]", "gmail", "bình luận đầu", "đăng ký ngay", "kết bạn")),
            Map.entry("greeting", List.of("chúc mừng", "năm mới", "an khang", "thịnh vượng", "vạn sự như ý", "chúc",
                    "quốc khánh", "xuân mới", "giáng sinh")),
            Map.entry("telecom", List.of("sóng điện thoại", "nhà mạng", "sóng yếu", "mất sóng", "sóng di động", "3g", "4g",
                    "5g", "cáp quang", "mạng internet", "mạng chập chờn", "rớt mạng")),
            Map.entry("lost", List.of("nhặt được", "đánh rơi", "thất lạc", "hậu tạ", "ai nhặt", "rơi mất", "đi lạc",
                    "ai thấy", "mất con")),
            Map.entry("private", List.of("cho mình xin số", "cho em xin số", "ai có số", "nhờ mua", "gửi mua", "ai đi chợ",
                    "cho mình hỏi nhà", "tìm thợ", "xin số thợ", "thợ điện nước", "ai biết thợ", "cần thuê", "cần bán",
                    "cần mua", "pass lại", "thanh lý")),
            Map.entry("chatter", List.of("hóng", "chấm", "tag", "share", "ae ơi", "mọi người ơi", "hi", "alo")),
            Map.entry("question", List.of("không ạ", "được không", "thế nào", "như thế nào", "bao giờ", "bao lâu", "ở đâu",
                    "có phải", "xin hỏi", "cho hỏi", "muốn hỏi", "hỏi", "là gì", "bao nhiêu", "gì không", "có được")),
            Map.entry("praise", List.of("cảm ơn", "trân trọng", "khen", "tận tình", "chu đáo", "nhiệt tình", "biểu dương",
                    "ghi nhận", "hài lòng", "tuyệt vời", "sạch đẹp", "nhanh gọn")),
            Map.entry("accuse", List.of("tố cáo", "nhận hối lộ", "ăn chặn", "bảo kê", "tham ô", "sới bạc", "đánh bạc", "vi phạm",
                    "trái phép", "làm giả", "giả mạo", "thu tiền", "không có biên lai", "bòn rút", "lừa đảo", "sai phạm")),
            Map.entry("request", List.of("đề nghị", "kiến nghị", "đề xuất", "mong", "xin", "kính đề nghị", "nên")),
            Map.entry("anger", List.of("bức xúc", "lo ngại", "không chịu", "mãi không", "lại", "quá", "kinh", "chết",
                    "bao giờ mới", "vô trách nhiệm", "không ai", "chưa được giải quyết", "lo lắng", "hoang mang",
                    "nguy hiểm", "khổ", "tệ", "thất vọng")));

    private static final PhraseIndex INDEX = new PhraseIndex(spellings());

    /** Changes whenever a cue list changes, so a model trained on other cues gets another version. */
    static String fingerprint() {
        return new java.util.TreeMap<>(LEXICON).toString();
    }

    private Cues() {
    }

    /** The cue names present in the text, e.g. {@code fire}, {@code now}, {@code chronic}. */
    static List<String> of(String normalized) {
        boolean bare = isTypedWithoutDiacritics(normalized);
        String text = bare ? VietnameseText.fold(normalized) : normalized.toLowerCase(java.util.Locale.ROOT);
        List<String> found = new ArrayList<>();
        INDEX.hits(text).forEach((cue, hits) -> {
            found.add(cue);
            if (cue.equals("spam") && hits > 1) {
                found.add("spam2");
            }
        });
        found.addAll(shapeCues(normalized));
        return found;
    }

    private static List<String> shapeCues(String text) {
        List<String> shape = new ArrayList<>();
        if (text.contains("!!") || text.contains("??")) {
            shape.add("shout");
        }
        if (text.contains("?")) {
            shape.add("qmark");
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        if (letters > 10 && upper * 10 > letters * 6) {
            shape.add("caps");
        }
        if (text.codePoints().anyMatch(c -> c >= 0x1F300)) {
            shape.add("emoji");
        }
        return shape;
    }

    /** Under a tenth of the letters carry a diacritic: the writer typed without them. */
    static boolean isTypedWithoutDiacritics(String text) {
        String folded = VietnameseText.fold(text);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int differ = 0;
        int letters = 0;
        for (int i = 0; i < Math.min(folded.length(), lower.length()); i++) {
            if (Character.isLetter(lower.charAt(i))) {
                letters++;
                differ += folded.charAt(i) != lower.charAt(i) ? 1 : 0;
            }
        }
        return letters > 0 && differ * 10 < letters && folded.length() == lower.length();
    }

    private static Map<String, List<List<String>>> spellings() {
        Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        LEXICON.forEach((cue, phrases) -> out.put(cue, phrases.stream().map(Cues::spellingsOf).toList()));
        return out;
    }

    /** The spellings a phrase is matched in as whole words: as written, and folded when that is safe. */
    static List<String> spellingsOf(String phrase) {
        String folded = VietnameseText.fold(phrase);
        // A single syllable stripped of its diacritics is another word too often ("cắn"/"cần", "cào"/"cao",
        // "nôn"/"non", "lửa"/"lúa", "chập"/"chap"): it is matched only as typed with them.
        boolean ambiguous = !phrase.contains(" ") && !folded.equals(phrase);
        return ambiguous ? List.of(phrase) : List.of(phrase, folded);
    }
}
