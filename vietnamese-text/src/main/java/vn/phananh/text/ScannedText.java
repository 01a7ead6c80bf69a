package vn.phananh.text;

import java.util.List;

/** A text with its words found once, and each word's canonical lower-case form made when first asked for. */
final class ScannedText {

    private final String text;
    private final List<Words.Span> words;
    private final String[] lower;

    ScannedText(String text) {
        this.text = text;
        this.words = Words.spans(text);
        this.lower = new String[words.size()];
    }

    String text() {
        return text;
    }

    int size() {
        return words.size();
    }

    int start(int i) {
        return words.get(i).start();
    }

    int end(int i) {
        return words.get(i).end();
    }

    /** The i-th word in NFC, tone marks placed canonically, lower case. */
    String lower(int i) {
        if (lower[i] == null) {
            lower[i] = Words.canonicalLower(text, start(i), end(i));
        }
        return lower[i];
    }

    /** The i-th word in NFC with its case, as typed. */
    String typed(int i) {
        return java.text.Normalizer.normalize(text.substring(start(i), end(i)), java.text.Normalizer.Form.NFC);
    }

    /** Whether only white space separates word i from the word before it. */
    boolean spaceBefore(int i) {
        if (i == 0) {
            return false;
        }
        for (int k = end(i - 1); k < start(i); k++) {
            if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    boolean isNumber(int i) {
        return Words.isNumber(text, start(i), end(i));
    }

    boolean isCapitalised(int i) {
        return Words.isCapitalised(text, start(i), end(i));
    }
}
