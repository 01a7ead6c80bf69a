package vn.phananh.text;

import java.text.Normalizer;

/**
 * The two conventions for where the tone mark sits in an open syllable ending in "oa", "oe" or
 * "uy": on the first vowel ("hóa", "khỏe", "thủy", "ủy") or on the second ("hoá", "khoẻ", "thuỷ",
 * "uỷ"). Both are correct Vietnamese and both are typed every day, so without this a word has two
 * spellings. {@link #canonical} puts the mark on the first vowel, the form the lexicons and the
 * gazetteer are written in. A closed syllable ("hoàng", "toán", "thuyền") has one placement only,
 * and in "qu" the u is a consonant ("quý"), so neither is touched. Works on NFC text and keeps its
 * length, so offsets stay valid.
 */
final class TonePlacement {

    /** The five tone marks; the circumflex, breve and horn are not tones and never move. */
    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
    /** The vowels that carry the mark in the canonical form, and their partners, by case. */
    private static final String FIRSTS = "oOuU";
    private static final String SECONDS = "aAeEyY";
    private static final char[][] FIRST_TONED = toned(FIRSTS);
    private static final char[][] SECOND_TONED = toned(SECONDS);

    private TonePlacement() {
    }

    /** The text with every "oa/oe/uy" open syllable toned on its first vowel ("hoá" → "hóa"). */
    static String canonical(String nfc) {
        char[] out = null;
        for (int i = 1; i < nfc.length(); i++) {
            int first = FIRSTS.indexOf(nfc.charAt(i - 1));
            if (first < 0) {
                continue;
            }
            int[] second = find(SECOND_TONED, nfc.charAt(i));
            if (second == null || !isOpenPair(nfc, i, first, second[0])) {
                continue;
            }
            out = out == null ? nfc.toCharArray() : out;
            out[i - 1] = FIRST_TONED[first][second[1]];
            out[i] = SECONDS.charAt(second[0]);
        }
        return out == null ? nfc : new String(out);
    }

    /**
     * The text with the mark on the second vowel instead ("hóa" → "hoá"): the other way the same
     * words are typed, for finding text that is stored as it was typed.
     */
    static String onSecondVowel(String nfc) {
        char[] out = null;
        for (int i = 1; i < nfc.length(); i++) {
            int second = SECONDS.indexOf(nfc.charAt(i));
            if (second < 0) {
                continue;
            }
            int[] first = find(FIRST_TONED, nfc.charAt(i - 1));
            if (first == null || !isOpenPair(nfc, i, first[0], second)) {
                continue;
            }
            out = out == null ? nfc.toCharArray() : out;
            out[i - 1] = FIRSTS.charAt(first[0]);
            out[i] = SECOND_TONED[second][first[1]];
        }
        return out == null ? nfc : new String(out);
    }

    /**
     * o+a, o+e or u+y ending a syllable of its own: no letter after the pair, no vowel before it,
     * and no "q" before "uy".
     */
    private static boolean isOpenPair(String text, int i, int first, int second) {
        boolean u = first >= 2;
        boolean pairs = u ? second >= 4 : second < 4;
        if (!pairs || i + 1 < text.length() && Words.isWordChar(text, i + 1)) {
            return false;
        }
        if (i < 2 || !Words.isWordChar(text, i - 2)) {
            return true;
        }
        char before = Folding.foldChar(text.charAt(i - 2));
        return "aeiouy".indexOf(before) < 0 && !(u && before == 'q');
    }

    /** [letter index, tone index] of a toned vowel in the table, or null. */
    private static int[] find(char[][] table, char c) {
        if (c < 0xC0) {
            return null;
        }
        for (int b = 0; b < table.length; b++) {
            for (int t = 0; t < TONES.length(); t++) {
                if (table[b][t] == c) {
                    return new int[] {b, t};
                }
            }
        }
        return null;
    }

    private static char[][] toned(String letters) {
        char[][] table = new char[letters.length()][TONES.length()];
        for (int b = 0; b < letters.length(); b++) {
            for (int t = 0; t < TONES.length(); t++) {
                String toned = "" + letters.charAt(b) + TONES.charAt(t);
                table[b][t] = Normalizer.normalize(toned, Normalizer.Form.NFC).charAt(0);
            }
        }
        return table;
    }
}
