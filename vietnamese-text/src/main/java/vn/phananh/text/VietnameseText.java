package vn.phananh.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation and accent folding, shared by the stream processor (matching,
 * classification, location) and the search API (query folding), so every side agrees on every
 * character. See the module README for the rules.
 */
public final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /**
     * The one normalisation step, for matching and classification: Unicode NFC, tone marks placed
     * canonically ("hoá" → "hóa"), white space collapsed, abbreviations and teencode spelled out
     * with their context rules ("ko" → "không", "trường MN" → "trường mầm non", "mn ơi" → "mọi
     * người ơi", "th.Đoài" → "thôn Đoài"). Case is kept: casing carries sentiment (all caps) and
     * proper names.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String spaced = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return expand(TonePlacement.canonical(spaced));
    }

    /**
     * NFC with tone marks placed canonically, and nothing else: case, spacing and abbreviations as
     * typed. For phrases, names and queries that must meet normalised text letter for letter.
     */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        return TonePlacement.canonical(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * The text in both tone-mark placements, canonical first ("hoá đơn" → "hóa đơn", "hoá đơn"); one
     * element when the placement makes no difference. For searching text stored as it was typed.
     */
    public static List<String> tonePlacements(String text) {
        String canonical = canonical(text);
        String other = TonePlacement.onSecondVowel(canonical);
        return other.equals(canonical) ? List.of(canonical) : List.of(canonical, other);
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

    /**
     * Under a tenth of the letters carry a diacritic: the writer typed without them, so a word like
     * "cho" may stand for "chợ" or "cho" and only phrases that stay unambiguous folded should match.
     */
    public static boolean isTypedWithoutDiacritics(String text) {
        return isTypedWithoutDiacritics(text.toLowerCase(Locale.ROOT), fold(text));
    }

    static boolean isTypedWithoutDiacritics(String lower, String folded) {
        if (folded.length() != lower.length()) {
            return false;
        }
        int differ = 0;
        int letters = 0;
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isLetter(lower.charAt(i))) {
                letters++;
                differ += folded.charAt(i) != lower.charAt(i) ? 1 : 0;
            }
        }
        return letters > 0 && differ * 10 < letters;
    }

    /**
     * A regular-expression group that matches each of the words (or phrases) typed with or without
     * diacritics, in any case: {@code ("xã", "thị trấn")} gives a group matching "xã", "xa", "Xã",
     * "thị trấn", "thi  tran" …. The words are written once, with their diacritics; the folded
     * forms are derived, so no pattern spells out both by hand. Longest first, so a longer word wins.
     */
    public static String withOrWithoutDiacritics(String... words) {
        List<String> spellings = new ArrayList<>();
        for (String word : words) {
            String lower = canonical(word).toLowerCase(Locale.ROOT);
            for (String spelling : List.of(lower, fold(lower))) {
                if (!spellings.contains(spelling)) {
                    spellings.add(spelling);
                }
            }
        }
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder group = new StringBuilder("(?iu:");
        for (int i = 0; i < spellings.size(); i++) {
            group.append(i > 0 ? "|" : "");
            String[] parts = spellings.get(i).split(" ");
            for (int k = 0; k < parts.length; k++) {
                group.append(k > 0 ? "\\s+" : "").append(Pattern.quote(parts[k]));
            }
        }
        return group.append(')').toString();
    }

    /** The definition of folding; {@link Folding} gives the same answer faster for Latin text. */
    static String foldByDecomposition(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(bare, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Writes the expansion of every abbreviation into the text, a space after it when a word follows directly. */
    private static String expand(String text) {
        ScannedText words = new ScannedText(text);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            Abbreviations.Expansion expansion = Abbreviations.at(words, i);
            if (expansion == null) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 32) : out;
            out.append(text, copied, words.start(i)).append(expansion.expansion());
            copied = expansion.end();
            if (copied < text.length() && Words.isWordChar(text, copied)) {
                out.append(' ');
            }
            i += expansion.words() - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
