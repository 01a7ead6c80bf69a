package vn.phananh.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers, citizen ids (12-digit CCCD, 9-digit CMND), e-mail addresses and bank
 * accounts in Vietnamese text and replaces them with placeholders. Numbers are judged by their
 * shape and by the words around them, so dossier codes, money, dates, plates, tax codes and
 * hotlines stay readable. Stateless and thread-safe.
 */
public final class PiiMasker {

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /**
     * Digit groups joined by single spaces, dots or dashes, optionally led by "+", "+84" or "(+84)".
     * A run that continues a word or a code ("H26.45-…", "DN0425187") never starts here.
     */
    private static final Pattern DIGIT_RUN =
            Pattern.compile("(?<![\\p{L}\\p{N}.,\\-/+@_])(?:\\(\\+?84\\) ?|\\+)?\\d+(?:[ .\\-]\\d+)*");

    /** A run followed by a letter or by ".H26"-style code parts is part of a code, not a number. */
    private static final Pattern CODE_CONTINUES = Pattern.compile("^(?:\\p{L}|[.\\-/][\\p{L}\\p{N}])");

    /** Masks every span found in {@code text}. */
    public MaskedText mask(String text) {
        List<PiiSpan> spans = find(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PiiSpan span : spans) {
            out.append(text, at, span.start()).append(span.type().mask());
            at = span.end();
        }
        out.append(text, at, text.length());
        return new MaskedText(out.toString(), spans);
    }

    /** The spans of personal data in {@code text}, in order, never overlapping. */
    public List<PiiSpan> find(String text) {
        List<PiiSpan> spans = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            spans.add(new PiiSpan(PiiType.EMAIL, email.start(), email.end()));
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            if (!overlapsAny(spans, run.start(), run.end()) && !continuesAsCode(text, run.end())) {
                spans.addAll(DigitRun.of(text, run.start(), run.end()).spans());
            }
        }
        spans.sort(Comparator.comparingInt(PiiSpan::start));
        return List.copyOf(spans);
    }

    private static boolean continuesAsCode(String text, int end) {
        return CODE_CONTINUES.matcher(text.substring(end, Math.min(text.length(), end + 2))).find();
    }

    private static boolean overlapsAny(List<PiiSpan> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.start() < end && start < s.end());
    }
}
