package vn.phananh.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of digit groups found in text ("0977 403 518", "034.066.012.978", "(+84) 945 223 106").
 * One run may hold several numbers written next to each other, so it is cut into the longest
 * pieces that each read as personal data.
 */
record DigitRun(String text, int start, List<Group> groups) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** One maximal run of digits; the first group of a "+84" run carries the country code. */
    record Group(int start, int end, String digits) {
    }

    static DigitRun of(String text, int start, int end) {
        List<Group> groups = new ArrayList<>();
        Matcher m = DIGITS.matcher(text).region(start, end);
        while (m.find()) {
            groups.add(new Group(m.start(), m.end(), m.group()));
        }
        return new DigitRun(text, start, groups);
    }

    List<PiiSpan> spans() {
        List<PiiSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            int taken = longestFrom(i, spans);
            i += Math.max(1, taken);
        }
        return spans;
    }

    /** Adds the longest piece starting at group {@code i} that is PII; returns how many groups it took. */
    private int longestFrom(int i, List<PiiSpan> spans) {
        for (int j = groups.size() - 1; j >= i; j--) {
            int from = i == 0 ? start : groups.get(i).start();
            int to = groups.get(j).end();
            Optional<PiiType> type = classify(digits(i, j), NumberContext.of(text, from, to));
            if (type.isPresent()) {
                spans.add(new PiiSpan(type.get(), from, to));
                return j - i + 1;
            }
        }
        return 0;
    }

    private String digits(int i, int j) {
        StringBuilder all = new StringBuilder();
        for (int k = i; k <= j; k++) {
            all.append(groups.get(k).digits());
        }
        return all.toString();
    }

    static Optional<PiiType> classify(String digits, NumberContext context) {
        int n = digits.length();
        return switch (context) {
            case NOT_PII -> Optional.empty();
            case BANK -> n >= 6 && n <= 19 ? Optional.of(PiiType.BANK_ACCOUNT) : Optional.empty();
            case CITIZEN_ID -> n == 9 || n == 12 ? Optional.of(PiiType.CITIZEN_ID) : byShape(digits);
            case PHONE, NONE -> byShape(digits);
        };
    }

    /**
     * Vietnamese mobiles are 0 + 9 digits with prefixes 03/05/07/08/09 (84 instead of 0 from
     * abroad), landlines 02 + 9 digits. A CCCD starts with its 0xx province code, which also keeps
     * lists of years ("2019 2020 2021") out.
     */
    private static Optional<PiiType> byShape(String digits) {
        String national = digits.startsWith("84") && digits.length() >= 11 ? "0" + digits.substring(2) : digits;
        if (isPhone(national)) {
            return Optional.of(PiiType.PHONE);
        }
        if (digits.length() == 12 && digits.startsWith("0")) {
            return Optional.of(PiiType.CITIZEN_ID);
        }
        return Optional.empty();
    }

    private static boolean isPhone(String national) {
        if (national.length() == 10) {
            return national.charAt(0) == '0' && "35789".indexOf(national.charAt(1)) >= 0;
        }
        return national.length() == 11 && national.startsWith("02");
    }
}
