package vn.phananh.processor.locate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.phananh.text.VietnameseText;

/**
 * Splits text into the tokens place names are matched on: folded keys with the common place
 * abbreviations spelled out ("th." → thôn, "TDP1" → tổ dân phố 1), so that aliases and messages
 * meet in one form whatever the spacing, dots, case or diacritics.
 */
final class PlaceTokens {

    /** A token: canonical folded key, lower-case surface as typed (null when expanded), offsets. */
    record Token(String key, String surface, int start, int end, boolean breakBefore) {
    }

    /** Letters and digits split apart, so "TDP1" and "ĐH62" read like "TDP 1" and "ĐH 62". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+");
    /** A place name never runs across these. */
    private static final Pattern BREAK = Pattern.compile("[,;!?()\\n:\"“”]|\\.\\.");

    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "th", List.of("thon"),
            "x", List.of("xom"),
            "tdp", List.of("to", "dan", "pho"),
            "kp", List.of("khu", "pho"),
            "tyt", List.of("tram", "y", "te"),
            "nvh", List.of("nha", "van", "hoa"),
            "mn", List.of("mam", "non"));

    /** Abbreviations whose full stop does not end a sentence. */
    private static final java.util.Set<String> DOTTED = java.util.Set.of("th", "x", "tp", "p", "q", "kp", "tdp", "dh", "tt", "tx");

    private PlaceTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean breakBefore = isBreak(text.substring(previousEnd, m.start()), tokens);
            previousEnd = m.end();
            String surface = Normalizer.normalize(m.group(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String key = VietnameseText.fold(surface);
            List<String> expansion = ABBREVIATIONS.get(key);
            if (expansion != null) {
                for (int i = 0; i < expansion.size(); i++) {
                    tokens.add(new Token(expansion.get(i), null, m.start(), m.end(), breakBefore && i == 0));
                }
            } else if (!isNumberWord(tokens, key, text, m.end())) {
                tokens.add(new Token(key, surface, m.start(), m.end(), breakBefore));
            }
        }
        return tokens;
    }

    /** Punctuation between words ends a name; so does a full stop, unless it closes an abbreviation ("th.", "x."). */
    private static boolean isBreak(String gap, List<Token> tokens) {
        if (BREAK.matcher(gap).find()) {
            return true;
        }
        boolean fullStop = gap.contains(".") && !tokens.isEmpty();
        return fullStop && !DOTTED.contains(tokens.getLast().key()) && !DOTTED.contains(abbreviationOf(tokens));
    }

    /** The abbreviation an expanded token came from ("th" for "thon"), or "" for typed words. */
    private static String abbreviationOf(List<Token> tokens) {
        Token last = tokens.getLast();
        return last.surface() == null ? ABBREVIATIONS.entrySet().stream()
                .filter(e -> e.getValue().getLast().equals(last.key()))
                .map(Map.Entry::getKey).findFirst().orElse("") : "";
    }

    /** Drops "số" in "tổ dân phố số 1", which people type or leave out at will. */
    private static boolean isNumberWord(List<Token> tokens, String key, String text, int end) {
        if (!key.equals("so") || tokens.isEmpty()) {
            return false;
        }
        String previous = tokens.getLast().key();
        return (previous.equals("pho") || previous.equals("to")) && text.substring(end).stripLeading().matches("(?s)\\d.*");
    }

    static boolean hasDiacritics(String surface) {
        return surface != null && !VietnameseText.fold(surface).equals(surface);
    }
}
