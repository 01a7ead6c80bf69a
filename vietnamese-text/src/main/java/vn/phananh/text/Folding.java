package vn.phananh.text;

/**
 * A table-driven shortcut for {@link VietnameseText#fold}: every precomposed Latin letter
 * (Vietnamese uses Latin-1, Latin Extended-A/B and Latin Extended Additional) maps to the single
 * character that folding it on its own gives. Folding is then one array lookup per character
 * instead of two Unicode normalisations and a regular expression. Text with anything the table
 * does not cover (combining marks, other scripts) returns {@code null} and takes the full path,
 * so the answer is always the definition's.
 */
final class Folding {

    private static final char NONE = (char) 0xFFFF;
    private static final char[] LATIN = table(0, 0x250);
    private static final char[] EXTENDED = table(0x1E00, 0x1F00);

    /** The folded text, or {@code null} when some character needs the full definition. */
    static String foldLatin(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded;
            if (c < 0x80) {
                folded = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            else if (c < 0x250) {
                folded = LATIN[c];
            }
            else if (c >= 0x1E00 && c < 0x1F00) {
                folded = EXTENDED[c - 0x1E00];
            }
            else {
                return null;
            }
            if (folded == NONE) {
                return null;
            }
            if (folded != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = folded;
            }
        }
        return out == null ? text : new String(out);
    }

    /** One character folded on its own ("Ộ" → 'o'), or itself when folding it needs more than the table. */
    static char foldChar(char c) {
        char folded = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                : c < 0x250 ? LATIN[c] : c >= 0x1E00 && c < 0x1F00 ? EXTENDED[c - 0x1E00] : NONE;
        return folded == NONE ? c : folded;
    }

    private static char[] table(int from, int to) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String folded = VietnameseText.foldByDecomposition(String.valueOf((char) c));
            table[c - from] = folded.length() == 1 ? folded.charAt(0) : NONE;
        }
        return table;
    }

    private Folding() {
    }
}
