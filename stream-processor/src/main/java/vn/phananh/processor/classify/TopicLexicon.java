package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.phananh.text.VietnameseText;

/**
 * A curated Vietnamese domain lexicon per topic of the taxonomy: the words and set phrases a
 * citizen, a reporter or a desk officer uses for that domain anywhere in the country ("sổ đỏ",
 * "lấn chiếm", "học phí", "tiêm chủng", "thủy lợi", "loa phát thanh" …). Each phrase found adds one
 * {@code lex:TOPIC} feature, so the learner sees how much of the text speaks of each domain even for
 * words it never met in training. Written from the taxonomy and general usage, not from the
 * labelled messages. Phrases are matched as whole words on the accented text, or on the folded
 * text when the message was typed without diacritics.
 */
final class TopicLexicon {

    private static final Map<String, List<String>> LEXICON = new LinkedHashMap<>();

    static {
        LEXICON.put("INFRASTRUCTURE", List.of("ổ gà", "ổ voi", "mặt đường", "đường xuống cấp", "xuống cấp", "bong tróc",
                "lún", "sụt lún", "cống thoát nước", "rãnh thoát nước", "thoát nước", "hệ thống thoát nước", "mương thoát",
                "hố ga", "nắp cống", "nắp hố ga", "đèn đường", "đèn chiếu sáng", "chiếu sáng", "bóng đèn", "cột đèn",
                "cây cầu", "cầu tạm", "cầu treo", "mặt cầu", "thành cầu", "đầu cầu", "chân cầu", "cầu dân sinh", "lan can",
                "gờ giảm tốc", "biển báo", "vạch kẻ", "đèn tín hiệu", "đèn giao thông", "giao thông", "ùn tắc", "tắc đường",
                "xe tải", "xe quá tải", "tải trọng", "bê tông hóa", "đường bê tông", "đường làng", "đường liên thôn",
                "đường nội đồng", "ngõ", "ngách", "hẻm", "kiệt", "trải nhựa", "rải nhựa", "nâng cấp", "sửa đường",
                "làm đường", "tuyến đường", "quốc lộ", "tỉnh lộ", "đường huyện", "vỉa hè", "ngập úng", "ngập nước",
                "đọng nước", "lầy lội", "đá dăm", "đất đá", "hạ tầng", "cống", "kè", "sạt lở", "taluy", "đê", "xe buýt",
                "điểm đen", "tai nạn giao thông", "cầu vượt", "đường gom", "đường tránh"));
        LEXICON.put("ENVIRONMENT", List.of("rác", "rác thải", "bãi rác", "thu gom rác", "thu gom", "xe rác", "xe gom rác",
                "đổ trộm", "đốt rác", "đốt rơm", "rơm rạ", "khói", "khói bụi", "bụi", "ô nhiễm", "mùi hôi", "hôi thối",
                "bốc mùi", "mùi khó chịu", "nước thải", "xả thải", "chất thải", "xả ra", "xác động vật", "xác chuột",
                "xác gà", "con chết", "vứt", "vứt bừa bãi", "ao tù", "nước đen", "xưởng", "tiếng ồn", "máy chạy", "lò gạch",
                "lò đốt", "lò than", "khí thải", "vệ sinh môi trường", "môi trường", "phân loại rác", "bao bì thuốc",
                "vỏ thuốc", "chuồng trại", "phân lợn", "nuôi lợn", "cây xanh", "chặt cây", "bèo", "tảo", "cá chết",
                "kênh mương", "ô nhiễm nguồn nước", "san lấp ao", "bụi bẩn", "xe chở đất", "rơi vãi", "nước rỉ",
                "bãi tập kết", "điểm tập kết", "tiếng ồn xưởng", "mùn cưa", "hóa chất"));
        LEXICON.put("UTILITIES", List.of("mất điện", "cắt điện", "cúp điện", "điện chập chờn", "điện yếu", "chập chờn",
                "tiền điện", "hóa đơn điện", "hóa đơn tiền điện", "chỉ số điện", "công tơ", "đồng hồ điện", "cột điện",
                "dây điện", "trạm biến áp", "biến áp", "điện lực", "evn", "điện sinh hoạt", "có điện", "nước máy",
                "nước sạch", "mất nước", "cúp nước", "đồng hồ nước", "tiền nước", "hóa đơn nước", "nước sinh hoạt",
                "nhà máy nước", "đường ống", "ống nước", "vỡ ống", "nước đục", "nước có mùi", "áp lực nước", "nước yếu",
                "lịch cắt điện", "lịch mất điện", "lịch cúp", "hạ thế", "trung thế", "sụt áp", "điện áp", "quá tải điện",
                "kéo điện", "lắp điện", "lắp đồng hồ", "đấu nối", "cấp nước", "công ty nước", "nước cấp", "clo",
                "điện", "nước"));
        LEXICON.put("LAND_CONSTRUCTION", List.of("sổ đỏ", "sổ hồng", "giấy chứng nhận quyền sử dụng đất",
                "quyền sử dụng đất", "gcnqsdđ", "thửa đất", "thửa", "tách thửa", "hợp thửa", "chuyển mục đích",
                "đất ở", "đất nông nghiệp", "đất công", "đất công ích", "đất", "lấn chiếm", "lấn đất", "lấn sang",
                "ranh giới", "tranh chấp", "mốc giới", "xây dựng trái phép", "xây trái phép", "không phép", "sai phép",
                "giấy phép xây dựng", "cấp phép xây dựng", "xây dựng", "xây nhà", "xây tường", "cơi nới", "phá dỡ",
                "cưỡng chế", "giải phóng mặt bằng", "gpmb", "bồi thường", "đền bù", "tái định cư", "thu hồi đất",
                "quy hoạch", "san lấp", "sang tên", "chuyển nhượng", "thừa kế", "đất đai", "địa chính", "bản đồ địa chính",
                "tờ bản đồ", "diện tích", "trích đo", "cấp đổi", "cấp sổ", "làm sổ", "dồn thửa", "hành lang",
                "móng nhà", "nứt tường"));
        LEXICON.put("SECURITY_ORDER", List.of("trộm", "trộm cắp", "mất trộm", "kẻ trộm", "móc túi", "cướp", "giật",
                "đánh nhau", "đánh bạc", "cờ bạc", "sới bạc", "lô đề", "ma túy", "nghiện", "hút chích", "tiêm chích",
                "karaoke", "hát karaoke", "loa kẹo kéo", "loa kéo", "hát to", "ồn ào", "đến khuya", "nửa đêm",
                "đua xe", "lạng lách", "bốc đầu", "nẹt pô", "côn đồ", "gây rối", "trật tự", "an ninh", "công an",
                "lừa đảo", "giả danh", "mạo danh", "đỗ xe", "đậu xe", "chiếm vỉa hè", "lòng đường", "lấn vỉa hè",
                "bán hàng rong", "họp chợ", "cháy nhà", "phòng cháy", "say rượu", "say xỉn", "nhậu", "chó thả rông",
                "thả rông", "đe dọa", "hành hung", "cho vay nặng lãi", "tín dụng đen", "đòi nợ", "xô xát", "trộm chó",
                "bắt chó", "camera", "tụ tập", "thanh niên", "pháo", "dao", "bạo lực gia đình"));
        LEXICON.put("ADMIN_PROCEDURE", List.of("thủ tục", "hồ sơ", "một cửa", "bộ phận một cửa", "tiếp nhận và trả kết quả",
                "trả kết quả", "khai sinh", "giấy khai sinh", "khai tử", "đăng ký kết hôn", "kết hôn", "hộ tịch",
                "chứng thực", "công chứng", "sao y", "bản sao", "tạm trú", "thường trú", "cư trú", "hộ khẩu", "tạm vắng",
                "căn cước", "cccd", "định danh", "vneid", "dịch vụ công", "trực tuyến", "cổng dịch vụ công",
                "giấy xác nhận", "xác nhận", "tình trạng hôn nhân", "trích lục", "giấy tờ", "lệ phí", "hẹn trả",
                "trễ hẹn", "quá hạn", "biên nhận", "phiếu hẹn", "ủy quyền", "lý lịch", "chữ ký số", "nộp hồ sơ",
                "mức độ 4", "toàn trình", "cấp lại", "cải chính", "thay đổi thông tin", "giấy ủy quyền", "con dấu",
                "đóng dấu", "ký xác nhận", "chuyển hộ khẩu", "nhập khẩu", "làm giấy"));
        LEXICON.put("OFFICIAL_CONDUCT", List.of("cán bộ", "công chức", "thái độ", "hách dịch", "cửa quyền", "gây khó dễ",
                "gây khó khăn", "sách nhiễu", "nhũng nhiễu", "vòi tiền", "vòi vĩnh", "bồi dưỡng", "tiền cà phê",
                "phong bì", "lót tay", "quát", "quát tháo", "xẵng giọng", "cáu gắt", "thiếu tôn trọng", "vắng mặt",
                "đi muộn", "về sớm", "không có mặt", "bỏ vị trí", "chơi điện thoại", "làm việc riêng", "đùn đẩy",
                "né tránh", "tiếp dân", "tác phong", "trưởng thôn", "chủ tịch xã", "chủ tịch", "cán bộ địa chính",
                "cán bộ tư pháp", "công an viên", "đồng chí", "chiến sĩ", "tận tình", "nhiệt tình", "chu đáo",
                "niềm nở", "vui vẻ", "tận tụy", "hướng dẫn tận tình", "khen ngợi", "biểu dương", "trách nhiệm",
                "vô trách nhiệm", "ăn chặn", "nhận tiền", "hối lộ", "thờ ơ", "làm ngơ", "bao che", "khó chịu",
                "nói trống không", "lên mặt", "xin lỗi"));
        LEXICON.put("SOCIAL_WELFARE", List.of("hộ nghèo", "cận nghèo", "thoát nghèo", "trợ cấp", "trợ cấp xã hội",
                "bảo trợ xã hội", "người có công", "thương binh", "bệnh binh", "liệt sĩ", "gia đình chính sách",
                "người cao tuổi", "cao tuổi", "người già", "khuyết tật", "bảo hiểm y tế", "bhyt", "thẻ bảo hiểm",
                "bảo hiểm xã hội", "bhxh", "lương hưu", "chế độ", "thất nghiệp", "trợ cấp thất nghiệp", "quà tết",
                "nhà tình nghĩa", "nhà đại đoàn kết", "đơn thân", "mồ côi", "chất độc da cam", "mừng thọ",
                "chế độ chính sách", "xóa nhà tạm", "nhà dột nát", "hoàn cảnh khó khăn", "neo đơn", "cứu trợ",
                "hỗ trợ khó khăn", "trẻ em", "bảo trợ", "an sinh", "mai táng phí", "tuất", "tiền hỗ trợ",
                "hưu trí", "tàn tật", "người khuyết tật", "vay vốn chính sách"));
        LEXICON.put("HEALTH", List.of("trạm y tế", "y tế", "bác sĩ", "y sĩ", "nhân viên y tế", "khám bệnh",
                "khám chữa bệnh", "tiêm chủng", "tiêm phòng", "vắc xin", "vaccine", "sốt xuất huyết", "tay chân miệng",
                "dịch bệnh", "ổ dịch", "ca mắc", "mắc bệnh", "diệt muỗi", "muỗi", "bọ gậy", "ngộ độc", "an toàn thực phẩm",
                "vệ sinh an toàn thực phẩm", "thực phẩm bẩn", "thực phẩm", "quán ăn", "bếp ăn", "thuốc", "bệnh viện",
                "sức khỏe", "phòng dại", "chó cắn", "sốt", "bệnh nhân", "cấp thuốc", "khám", "xét nghiệm",
                "bệnh", "truyền nhiễm", "cúm", "sởi", "thủy đậu", "dinh dưỡng", "thuốc giả", "nhà thuốc", "hiệu thuốc",
                "tiêm", "sơ cứu"));
        LEXICON.put("EDUCATION", List.of("trường", "trường học", "học sinh", "giáo viên", "cô giáo", "thầy giáo",
                "học phí", "nhà trường", "lớp học", "phòng học", "mầm non", "tiểu học", "thcs", "thpt", "trung học",
                "phụ huynh", "sách giáo khoa", "bán trú", "học thêm", "dạy thêm", "tuyển sinh", "nhập học", "điểm trường",
                "đi học", "đến trường", "các khoản thu", "quỹ lớp", "quỹ phụ huynh", "bạo lực học đường", "năm học",
                "cháu", "học", "lớp", "đồng phục", "sĩ số", "cổng trường", "giờ tan học", "tan trường", "thi cử", "nhà trẻ",
                "trẻ", "mẫu giáo", "hiệu trưởng", "học bổng", "miễn giảm học phí"));
        LEXICON.put("AGRICULTURE", List.of("lúa", "ruộng", "cánh đồng", "đồng ruộng", "cấy", "gieo", "gieo cấy", "mạ",
                "vụ xuân", "vụ mùa", "vụ đông", "vụ chiêm", "thủy lợi", "tưới", "tưới tiêu", "nội đồng",
                "kênh mương nội đồng", "bơm nước", "trạm bơm", "sâu bệnh", "rầy", "rầy nâu", "sâu cuốn lá", "đạo ôn",
                "chuột", "phân bón", "thuốc trừ sâu", "thuốc bảo vệ thực vật", "giống lúa", "cây giống", "con giống",
                "giống", "cây trồng", "hoa màu", "rau màu", "chăn nuôi", "gia súc", "gia cầm", "lợn", "heo", "gà", "vịt",
                "trâu", "bò", "dịch tả lợn", "tả lợn châu phi", "cúm gia cầm", "lở mồm long móng", "thú y", "khuyến nông",
                "nông dân", "nông nghiệp", "dồn điền đổi thửa", "máy gặt", "máy cày", "gặt", "thu hoạch", "mất mùa",
                "được mùa", "năng suất", "ao cá", "nuôi cá", "thủy sản", "vườn", "cây ăn quả", "tiêu úng", "hạn hán",
                "khô hạn", "nắng hạn", "mùa màng", "hợp tác xã nông nghiệp", "nông sản", "tiêu thụ", "vật tư nông nghiệp",
                "ngô", "khoai", "sắn", "cà phê", "hồ tiêu", "cao su", "thanh long", "chè", "máng", "cống tưới"));
        LEXICON.put("BUSINESS", List.of("đăng ký kinh doanh", "hộ kinh doanh", "kinh doanh", "doanh nghiệp",
                "giấy phép kinh doanh", "mã số thuế", "thuế", "thuế môn bài", "lệ phí môn bài", "phí chợ", "tiền chợ",
                "thu phí", "ki ốt", "kiốt", "kiot", "sạp", "ban quản lý chợ", "tiểu thương", "buôn bán", "cửa hàng",
                "đầu tư", "nhà đầu tư", "hợp tác xã", "hóa đơn", "giá cả", "hàng giả", "hàng nhái", "hàng kém chất lượng",
                "xuất khẩu", "mặt bằng kinh doanh", "khởi nghiệp", "cụm công nghiệp", "khu công nghiệp", "công ty",
                "chợ", "bán hàng", "sản xuất", "làng nghề", "thương mại", "ưu đãi đầu tư", "vay vốn", "tín dụng",
                "hộ cá thể", "quầy hàng", "kinh doanh ăn uống", "giấy chứng nhận đăng ký"));
        LEXICON.put("CULTURE_INFO", List.of("loa phát thanh", "loa truyền thanh", "đài truyền thanh", "phát thanh",
                "truyền thanh", "loa", "đài", "nhà văn hóa", "lễ hội", "hội làng", "văn nghệ", "thể thao", "thư viện",
                "đình", "chùa", "miếu", "di tích", "hương ước", "quy ước", "thông báo", "niêm yết", "công khai",
                "fanpage", "trang thông tin", "cổng thông tin", "trang zalo", "nhóm zalo", "tuyên truyền", "sân chơi",
                "sân bóng", "khu vui chơi", "văn hóa", "biểu diễn", "bản tin", "thông tin", "phát sóng", "đọc thông báo",
                "khẩu hiệu", "pa nô", "băng rôn", "áp phích", "làng văn hóa", "gia đình văn hóa", "tập thể dục",
                "câu lạc bộ", "clb", "rước", "giỗ tổ", "trung thu", "tết", "internet", "wifi", "mạng xã hội",
                "website", "trang web"));
    }

    /** Indexes for accented text, and for text typed without diacritics. */
    private static final PhraseIndex ACCENTED = index(false);
    private static final PhraseIndex BARE = index(true);

    private static PhraseIndex index(boolean bare) {
        Map<String, List<List<String>>> spellings = new LinkedHashMap<>();
        LEXICON.forEach((topic, phrases) -> spellings.put(topic, bare
                ? phrases.stream().filter(TopicLexicon::safeWithoutDiacritics).map(p -> List.of(VietnameseText.fold(p))).toList()
                : phrases.stream().map(Cues::spellingsOf).toList()));
        return new PhraseIndex(spellings);
    }

    /**
     * Without diacritics a single syllable is too ambiguous ("cho" is "chợ" or "cho", "lon" is
     * "lợn" or "lớn", "truong" is "trường" or "trưởng"), so only phrases of two or more syllables,
     * or syllables that have no diacritic to lose, are looked for in text typed without them.
     */
    private static boolean safeWithoutDiacritics(String phrase) {
        return phrase.contains(" ") || VietnameseText.fold(phrase).equals(phrase.toLowerCase(Locale.ROOT));
    }

    private TopicLexicon() {
    }

    /** Changes whenever a phrase changes, so a model trained on another lexicon gets another version. */
    static String fingerprint() {
        return LEXICON.toString();
    }

    /** One {@code TOPIC} entry per distinct lexicon phrase found in the text. */
    static List<String> of(String normalized) {
        boolean bare = Cues.isTypedWithoutDiacritics(normalized);
        String text = bare ? VietnameseText.fold(normalized) : normalized.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        (bare ? BARE : ACCENTED).hits(text).forEach((topic, phrases) -> {
            for (int i = 0; i < phrases; i++) {
                found.add(topic);
            }
        });
        return found;
    }
}
