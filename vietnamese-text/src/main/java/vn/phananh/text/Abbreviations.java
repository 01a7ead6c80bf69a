package vn.phananh.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one table of abbreviations and teencode, with the context each form needs before it may be
 * read as its expansion. {@link VietnameseText#normalize} writes the expansions into the text and
 * {@link Tokens} hands them out as tokens, so the classifier, the locator and the search API read
 * "mn", "th." or "TDP1" the same way.
 */
final class Abbreviations {

    /** Where a form may be read as its expansion. Every form must also stand as a word of its own. */
    enum When {
        /** Anywhere, in any case. */
        ANYWHERE,
        /** Typed in capitals only: "ca", "hđnd" in lower case are other words ("ca trực"). */
        IN_CAPITALS,
        /** Before a name: a full stop then a word ("th.Đoài", "x. trại"), or a capitalised word ("th Đông Tiến"). */
        BEFORE_NAME,
        /** After a school word ("trường MN", "lớp mn") or before a capitalised name ("MN Hoa Sen"). */
        AFTER_SCHOOL_WORD_OR_BEFORE_NAME,
        /** Before a name or a number, or glued to the number ("KP Nam Sơn", "kp 3", "KP3"). */
        BEFORE_NAME_OR_NUMBER,
        /** Not after a number: "50 k" is fifty thousand, "5 kg" five kilograms. */
        NOT_AFTER_NUMBER,
        /** Not before a word it starts: "e ngại", "e dè" are words, not "em ngại". */
        NOT_BEFORE_COMPOUND
    }

    /** One form, what it stands for, and whether it may be glued to the number after it ("TDP1"). */
    record Entry(String form, String expansion, When when, boolean numbered) {
    }

    /**
     * An expansion found at a word of the text: the expansion, how many words of the text it
     * replaces, where the replaced text ends (after a full stop that belongs to it, or before the
     * number glued to it), and whether a glued number follows in the same word.
     */
    record Expansion(String expansion, int words, int end, boolean gluedNumber) {
    }

    /**
     * Words after which "mn" is the school level "mầm non",
     * folded: trường, lớp, bậc, cấp, khối, điểm, trẻ, giáo viên, ngành.
     */
    private static final Set<String> SCHOOL_WORDS = Set.of("truong", "lop", "bac", "cap", "khoi", "diem", "tre", "giao",
            "vien", "nganh");
    /** Words that "e" begins: "e ngại", "e dè", "e thẹn", "e ấp", "e rằng". */
    private static final Set<String> E_COMPOUNDS = Set.of("ngại", "dè", "thẹn", "ấp", "rằng");
    /** Abbreviations whose full stop does not end a sentence ("th. Đoài", "TP. Hà Nội", "ĐH.62"), folded. */
    private static final Set<String> DOTTED = Set.of("th", "x", "tp", "p", "q", "kp", "tdp", "dh", "tt", "tx");
    /** No form is longer than this; longer words are not looked up. */
    private static final int LONGEST_WORD = 12;

    private static final Map<String, List<Entry>> BY_FIRST_WORD = new HashMap<>();

    static {
        add(When.ANYWHERE, "không", "ko", "khg", "hok", "kô", "khum");
        add(When.NOT_AFTER_NUMBER, "không", "k", "kg");
        add(When.ANYWHERE, "được", "dc", "đc");
        add(When.ANYWHERE, "gì", "j");
        add(When.ANYWHERE, "như thế nào", "ntn");
        // "mn" is the school level in "trường MN" and "MN Hoa Sen", "mọi người" everywhere else: first match wins.
        add(When.AFTER_SCHOOL_WORD_OR_BEFORE_NAME, "mầm non", "mn");
        add(When.ANYWHERE, "mọi người", "mn", "mng");
        add(When.ANYWHERE, "anh em", "ae");
        add(When.ANYWHERE, "anh chị", "a/c", "ac");
        add(When.NOT_BEFORE_COMPOUND, "em", "e");
        add(When.ANYWHERE, "với", "vs");
        add(When.ANYWHERE, "nhắn tin", "ib", "inbox");
        add(When.ANYWHERE, "liên hệ", "lh");
        add(When.ANYWHERE, "số tài khoản", "stk");
        add(When.ANYWHERE, "số điện thoại", "sdt", "sđt");
        add(When.ANYWHERE, "ủy ban nhân dân", "ubnd");
        addNumbered(When.ANYWHERE, "tổ dân phố", "tdp");
        addNumbered(When.BEFORE_NAME_OR_NUMBER, "khu phố", "kp");
        add(When.BEFORE_NAME, "thôn", "th");
        add(When.BEFORE_NAME, "xóm", "x");
        add(When.ANYWHERE, "trạm y tế", "tyt");
        add(When.ANYWHERE, "nhà văn hóa", "nvh");
        add(When.ANYWHERE, "bảo hiểm y tế", "bhyt");
        add(When.ANYWHERE, "bảo hiểm xã hội", "bhxh");
        add(When.ANYWHERE, "cảnh sát giao thông", "csgt");
        add(When.ANYWHERE, "trước", "trc");
        add(When.ANYWHERE, "người", "ng");
        add(When.ANYWHERE, "hôm nay", "hnay");
        add(When.ANYWHERE, "bình thường", "bt");
        add(When.ANYWHERE, "cũng", "cx", "cg");
        add(When.ANYWHERE, "rồi", "r");
        add(When.ANYWHERE, "biết", "bít", "bik");
        add(When.ANYWHERE, "giấy chứng nhận quyền sử dụng đất", "gcnqsdđ", "gcnqsdd");
        add(When.IN_CAPITALS, "công an", "CA");
        add(When.IN_CAPITALS, "hội đồng nhân dân", "HĐND", "HDND");
    }

    private Abbreviations() {
    }

    /** Whether a full stop after this word (lower case) closes an abbreviation rather than a sentence. */
    static boolean isDotted(String lowerWord) {
        return DOTTED.contains(VietnameseText.fold(lowerWord));
    }

    /** The expansion of the form starting at word {@code i}, or null when there is none or its context forbids it. */
    static Expansion at(ScannedText words, int i) {
        String text = words.text();
        int start = words.start(i);
        if (words.end(i) - start > LONGEST_WORD || !standsAlone(text, start)) {
            return null;
        }
        String lower = words.lower(i);
        List<Entry> entries = BY_FIRST_WORD.get(lower);
        if (entries == null) {
            return numbered(words, i, lower);
        }
        for (Entry entry : entries) {
            Expansion found = match(entry, words, i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "TDP1", "KP3": a numbered form glued to its number. */
    private static Expansion numbered(ScannedText words, int i, String lower) {
        int letters = 0;
        while (letters < lower.length() && !Character.isDigit(lower.charAt(letters))) {
            letters++;
        }
        if (letters == 0 || letters == lower.length() || !Words.isNumber(lower, letters, lower.length())) {
            return null;
        }
        for (Entry entry : BY_FIRST_WORD.getOrDefault(lower.substring(0, letters), List.of())) {
            if (entry.numbered() && endsWord(words.text(), words.end(i))) {
                return new Expansion(entry.expansion(), 1, words.start(i) + letters, true);
            }
        }
        return null;
    }

    private static Expansion match(Entry entry, ScannedText words, int i) {
        String text = words.text();
        int formWords = entry.form().contains("/") ? 2 : 1;
        if (i + formWords > words.size()) {
            return null;
        }
        int last = i + formWords - 1;
        if (formWords > 1 && !(text.regionMatches(true, words.start(i), entry.form(), 0, entry.form().length())
                && words.end(last) == words.start(i) + entry.form().length())) {
            return null;
        }
        int end = words.end(last);
        int next = last + 1;
        boolean nextIsName = next < words.size() && words.spaceBefore(next) && words.isCapitalised(next);
        return switch (entry.when()) {
            case ANYWHERE -> endsWord(text, end) ? new Expansion(entry.expansion(), formWords, end, false) : null;
            case IN_CAPITALS -> endsWord(text, end) && words.typed(i).equals(entry.form())
                    ? new Expansion(entry.expansion(), 1, end, false) : null;
            case BEFORE_NAME -> beforeName(entry, words, last, nextIsName);
            case AFTER_SCHOOL_WORD_OR_BEFORE_NAME -> endsWord(text, end) && (nextIsName || afterSchoolWord(words, i))
                    ? new Expansion(entry.expansion(), 1, end, false) : null;
            case BEFORE_NAME_OR_NUMBER -> endsWord(text, end) && (nextIsName
                    || next < words.size() && words.spaceBefore(next) && words.isNumber(next))
                    ? new Expansion(entry.expansion(), 1, end, false) : null;
            case NOT_AFTER_NUMBER -> endsWord(text, end) && !(i > 0 && words.spaceBefore(i) && words.isNumber(i - 1))
                    ? new Expansion(entry.expansion(), 1, end, false) : null;
            case NOT_BEFORE_COMPOUND -> endsWord(text, end)
                    && !(next < words.size() && words.spaceBefore(next) && E_COMPOUNDS.contains(words.lower(next)))
                    ? new Expansion(entry.expansion(), 1, end, false) : null;
        };
    }

    /** "th.Đoài", "x. trại" (the full stop belongs to the abbreviation), "th Đông Tiến". */
    private static Expansion beforeName(Entry entry, ScannedText words, int i, boolean nextIsName) {
        String text = words.text();
        int end = words.end(i);
        if (end < text.length() && text.charAt(end) == '.' && i + 1 < words.size()
                && text.substring(end + 1, words.start(i + 1)).isBlank()) {
            return new Expansion(entry.expansion(), 1, end + 1, false);
        }
        return nextIsName && endsWord(text, end) ? new Expansion(entry.expansion(), 1, end, false) : null;
    }

    private static boolean afterSchoolWord(ScannedText words, int i) {
        return i > 0 && words.spaceBefore(i) && SCHOOL_WORDS.contains(VietnameseText.fold(words.lower(i - 1)));
    }

    /** Not inside an address, a handle or a path: "ko.dc@gmail.com", "@mn", "/k". */
    private static boolean standsAlone(String text, int start) {
        return start == 0 || "_@./".indexOf(text.charAt(start - 1)) < 0;
    }

    /** Not followed by "_", "@", or a dot or dash that goes on into another word ("k.dc", "e-mail"). */
    private static boolean endsWord(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == '_' || c == '@') {
            return false;
        }
        return !((c == '.' || c == '-') && end + 1 < text.length() && Words.isWordChar(text, end + 1));
    }

    private static void add(When when, String expansion, String... forms) {
        for (String form : forms) {
            put(new Entry(form, expansion, when, false));
        }
    }

    private static void addNumbered(When when, String expansion, String form) {
        put(new Entry(form, expansion, when, true));
    }

    private static void put(Entry entry) {
        String firstWord = entry.form().split("/")[0].toLowerCase(Locale.ROOT);
        BY_FIRST_WORD.computeIfAbsent(firstWord, k -> new ArrayList<>()).add(entry);
    }
}
