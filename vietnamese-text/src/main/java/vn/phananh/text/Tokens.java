package vn.phananh.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a text with where each one stands in it, read the way {@link VietnameseText#normalize}
 * reads them: NFC, tone marks placed canonically, lower case, abbreviations spelled out with the same
 * table and context rules ("TDP1" → tổ dân phố 1, "th.Đoài" → thôn đoài, "trường MN" → trường mầm non).
 * Offsets are into the text as given, so a caller can quote the words exactly as they were typed.
 * This is what the locator matches place names on.
 */
public final class Tokens {

    /** A name or a phrase never runs across these. */
    private static final Pattern BREAK = Pattern.compile("[,;!?()\\n:\"“”]|\\.\\.");

    private Tokens() {
    }

    /** The tokens of the text, in order. */
    public static List<Token> of(String text) {
        ScannedText words = new ScannedText(text);
        List<Token> tokens = new ArrayList<>(words.size() + 4);
        int i = 0;
        while (i < words.size()) {
            boolean breakBefore = i > 0 && isBreak(text, words, i);
            Abbreviations.Expansion expansion = Abbreviations.at(words, i);
            if (expansion == null) {
                String lower = words.lower(i);
                String key = VietnameseText.fold(lower);
                tokens.add(new Token(lower, key, words.start(i), words.end(i), breakBefore, false));
                i++;
                continue;
            }
            int last = i + expansion.words() - 1;
            int end = expansion.gluedNumber() ? expansion.end() : words.end(last);
            String[] parts = expansion.expansion().split(" ");
            for (int k = 0; k < parts.length; k++) {
                String key = VietnameseText.fold(parts[k]);
                tokens.add(new Token(parts[k], key, words.start(i), end, breakBefore && k == 0, true));
            }
            if (expansion.gluedNumber()) {
                String number = text.substring(expansion.end(), words.end(i));
                tokens.add(new Token(number, number, expansion.end(), words.end(i), false, false));
            }
            i = last + 1;
        }
        return tokens;
    }

    /** Punctuation between two words ends a name; so does a full stop, unless it closes an abbreviation ("th."). */
    private static boolean isBreak(String text, ScannedText words, int i) {
        String gap = text.substring(words.end(i - 1), words.start(i));
        if (gap.isEmpty() || gap.equals(" ")) {
            return false;
        }
        if (BREAK.matcher(gap).find()) {
            return true;
        }
        return gap.contains(".") && !Abbreviations.isDotted(words.lower(i - 1));
    }
}
