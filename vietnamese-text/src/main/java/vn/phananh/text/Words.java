package vn.phananh.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one word tokeniser of the project: a word is a run of letters, combining marks and digits;
 * everything else (spaces, punctuation, emoji, symbols) separates words. Case is kept, so callers
 * decide whether to lower-case or fold first.
 */
public final class Words {

    private Words() {
    }

    /** The words of the text, in order. */
    public static String[] of(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (isWordChar(text, i)) {
                int end = wordEnd(text, i);
                words.add(text.substring(i, end));
                i = end;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return words.toArray(String[]::new);
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
}
