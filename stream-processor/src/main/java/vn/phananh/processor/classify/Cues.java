package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.phananh.text.PhraseMatcher;

/**
 * Explicit Vietnamese cue lexicons: dangers, immediacy, chronic or past framing, spam, questions,
 * praise and accusations. They are fed to the learners as features (so the data decides how much
 * each cue weighs) and drive the urgent and spam rules. The lists are {@value #RESOURCE}, written
 * with diacritics and matched by the shared {@link PhraseMatcher} rules (a one-syllable cue with
 * diacritics only as typed with them; a message typed without diacritics on its folded form).
 */
final class Cues {

    /** Where the cue lists live on the classpath. */
    static final String RESOURCE = "/lexicon/cues.tsv";

    private static final Map<String, List<String>> LEXICON = Lexicons.read(RESOURCE, cue -> cue);

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(LEXICON);

    /** Changes whenever a cue list changes, so a model trained on other cues gets another version. */
    static String fingerprint() {
        return new java.util.TreeMap<>(LEXICON).toString();
    }

    private Cues() {
    }

    /** The cue names present in the text, e.g. {@code fire}, {@code now}, {@code chronic}. */
    static List<String> of(String normalized) {
        List<String> found = new ArrayList<>();
        MATCHER.hits(normalized).forEach((cue, hits) -> {
            found.add(cue);
            if (cue.equals("spam") && hits > 1) {
                found.add("spam2");
            }
        });
        found.addAll(shapeCues(normalized));
        return found;
    }

    private static List<String> shapeCues(String text) {
        List<String> shape = new ArrayList<>();
        if (text.contains("!!") || text.contains("??")) {
            shape.add("shout");
        }
        if (text.contains("?")) {
            shape.add("qmark");
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        if (letters > 10 && upper * 10 > letters * 6) {
            shape.add("caps");
        }
        if (text.codePoints().anyMatch(c -> c >= 0x1F300)) {
            shape.add("emoji");
        }
        return shape;
    }
}
