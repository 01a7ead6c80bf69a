package vn.phananh.text;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation and accent folding, shared by the stream processor (matching,
 * classification) and the search API (query folding), so both sides agree on every character.
 */
public final class VietnameseText {

    /** A letter or digit on either side means we are inside a word: never expand there. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_@./])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_@]|[.\\-][\\p{L}\\p{N}])";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Abbreviations and teencode, matched case-insensitively as whole tokens. Insertion order
     * matters only for readability: the alternation is longest-first.
     */
    private static final Map<String, String> ANY_CASE = new LinkedHashMap<>();

    /** Upper-case only, because the lower-case form is an ordinary word ("ca trực", "e ngại"). */
    private static final Map<String, String> UPPER_ONLY = new LinkedHashMap<>();

    static {
        put(ANY_CASE, "không", "ko", "k", "kg", "khg", "hok", "kô", "khum");
        put(ANY_CASE, "được", "dc", "đc");
        put(ANY_CASE, "gì", "j");
        put(ANY_CASE, "như thế nào", "ntn");
        put(ANY_CASE, "mọi người", "mn", "mng");
        put(ANY_CASE, "anh em", "ae");
        put(ANY_CASE, "anh chị", "a/c", "ac");
        put(ANY_CASE, "em", "e");
        put(ANY_CASE, "với", "vs");
        put(ANY_CASE, "nhắn tin", "ib", "inbox");
        put(ANY_CASE, "liên hệ", "lh");
        put(ANY_CASE, "số tài khoản", "stk");
        put(ANY_CASE, "số điện thoại", "sdt", "sđt");
        put(ANY_CASE, "ủy ban nhân dân", "ubnd");
        put(ANY_CASE, "tổ dân phố", "tdp");
        put(ANY_CASE, "trạm y tế", "tyt");
        put(ANY_CASE, "nhà văn hóa", "nvh");
        put(ANY_CASE, "bảo hiểm y tế", "bhyt");
        put(ANY_CASE, "bảo hiểm xã hội", "bhxh");
        put(ANY_CASE, "cảnh sát giao thông", "csgt");
        put(ANY_CASE, "trước", "trc");
        put(ANY_CASE, "người", "ng");
        put(ANY_CASE, "hôm nay", "hnay");
        put(ANY_CASE, "bình thường", "bt");
        put(ANY_CASE, "cũng", "cx", "cg");
        put(ANY_CASE, "rồi", "r");
        put(ANY_CASE, "biết", "bít", "bik");
        put(ANY_CASE, "giấy chứng nhận quyền sử dụng đất", "gcnqsdđ", "gcnqsdd");
        put(UPPER_ONLY, "công an", "CA");
        put(UPPER_ONLY, "hội đồng nhân dân", "HĐND", "HDND");
    }

    private static final Pattern ANY_CASE_TOKENS = tokens(ANY_CASE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPPER_TOKENS = tokens(UPPER_ONLY, 0);

    /** "e ngại", "e dè", "e thẹn" are words, not the teencode "e" = "em". */
    private static final Pattern E_AS_WORD = Pattern.compile("(?iu)^e(?=\\s+(ngại|dè|thẹn|ấp|rằng)\\b)");

    private VietnameseText() {
    }

    /**
     * Unicode NFC, collapsed whitespace and expanded abbreviations and teencode, for matching and
     * classification. Case is kept: casing carries sentiment (all caps) and proper names.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String spaced = SPACES.matcher(nfc).replaceAll(" ").strip();
        return expand(expand(spaced, UPPER_TOKENS, UPPER_ONLY), ANY_CASE_TOKENS, ANY_CASE);
    }

    /**
     * Lower case without diacritics ("Đông Tiến" → "dong tien"), for accent-insensitive matching;
     * the search API folds queries with the same method. Length can shrink, so offsets into the
     * folded text are not offsets into the input.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String fast = Folding.foldLatin(text);
        return fast != null ? fast : foldByDecomposition(text);
    }

    /** The definition of folding; {@link Folding} gives the same answer faster for Latin text. */
    static String foldByDecomposition(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(bare, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String expand(String text, Pattern pattern, Map<String, String> table) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String token = m.group();
            boolean word = token.equalsIgnoreCase("e") && E_AS_WORD.matcher(text.substring(m.start())).find();
            String replacement = word ? token : lookup(table, token);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String lookup(Map<String, String> table, String token) {
        String exact = table.get(token);
        return exact != null ? exact : table.get(token.toLowerCase(Locale.ROOT));
    }

    private static void put(Map<String, String> table, String expansion, String... forms) {
        for (String form : forms) {
            table.put(form, expansion);
        }
    }

    private static Pattern tokens(Map<String, String> table, int flags) {
        String alternation = table.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile(BEFORE + "(?:" + alternation + ")" + AFTER, flags);
    }
}
