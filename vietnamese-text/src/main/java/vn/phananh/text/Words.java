package vn.phananh.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one word tokeniser of the project: a word is a run of letters, combining marks and digits;
 * everything else (spaces, punctuation, emoji, symbols) separates words. {@link #of} keeps the
 * case, so callers decide whether to lower-case or fold first; {@link Tokens} builds on the same
 * words when offsets and abbreviations are wanted.
 */
public final class Words {

    /** Where one word lies in a text: [start, end). */
    record Span(int start, int end) {
    }

    private Words() {
    }

    /** The words of the text, in order. */
    public static String[] of(String text) {
        List<Span> spans = spans(text);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i).start(), spans.get(i).end());
        }
        return words;
    }

    /** Where each word of the text lies, in order. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (isWordChar(text, i)) {
                int end = wordEnd(text, i);
                spans.add(new Span(i, end));
                i = end;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return spans;
    }

    /** True when the code point at {@code i} belongs to a word. */
    public static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int cp = text.codePointAt(i);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The end (exclusive) of the word that starts at {@code start}. */
    public static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The word at [start, end) in NFC, tone marks placed canonically, lower case. */
    static String canonicalLower(String text, int start, int end) {
        String word = text.substring(start, end);
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
        return TonePlacement.canonical(nfc).toLowerCase(Locale.ROOT);
    }

    /** Whether every character of the word at [start, end) is a digit. */
    static boolean isNumber(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return end > start;
    }

    /** A capitalised word, as names are written: upper case first, lower case after ("Đoài", not "ĐOÀI"). */
    static boolean isCapitalised(String text, int start, int end) {
        if (!Character.isUpperCase(text.codePointAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
