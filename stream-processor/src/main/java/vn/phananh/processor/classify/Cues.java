package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.phananh.text.VietnameseText;

/**
 * Explicit Vietnamese cue lexicons: dangers, immediacy, chronic or past framing, spam, questions,
 * praise and accusations. They are fed to the learners as features (so the data decides how much
 * each cue weighs) and drive the urgent and spam rules. The lists are {@value #RESOURCE}. Patterns
 * are written with diacritics and matched on the accented text; a message typed without
 * diacritics is matched on its folded form.
 */
final class Cues {

    /** Where the cue lists live on the classpath. */
    static final String RESOURCE = "/lexicon/cues.tsv";

    private static final Map<String, List<String>> LEXICON = Lexicons.read(RESOURCE, cue -> cue);

    private static final PhraseIndex INDEX = new PhraseIndex(spellings());

    /** Changes whenever a cue list changes, so a model trained on other cues gets another version. */
    static String fingerprint() {
        return new java.util.TreeMap<>(LEXICON).toString();
    }

    private Cues() {
    }

    /** The cue names present in the text, e.g. {@code fire}, {@code now}, {@code chronic}. */
    static List<String> of(String normalized) {
        boolean bare = isTypedWithoutDiacritics(normalized);
        String text = bare ? VietnameseText.fold(normalized) : normalized.toLowerCase(java.util.Locale.ROOT);
        List<String> found = new ArrayList<>();
        INDEX.hits(text).forEach((cue, hits) -> {
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

    /** Under a tenth of the letters carry a diacritic: the writer typed without them. */
    static boolean isTypedWithoutDiacritics(String text) {
        String folded = VietnameseText.fold(text);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int differ = 0;
        int letters = 0;
        for (int i = 0; i < Math.min(folded.length(), lower.length()); i++) {
            if (Character.isLetter(lower.charAt(i))) {
                letters++;
                differ += folded.charAt(i) != lower.charAt(i) ? 1 : 0;
            }
        }
        return letters > 0 && differ * 10 < letters && folded.length() == lower.length();
    }

    private static Map<String, List<List<String>>> spellings() {
        Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        LEXICON.forEach((cue, phrases) -> out.put(cue, phrases.stream().map(Cues::spellingsOf).toList()));
        return out;
    }

    /** The spellings a phrase is matched in as whole words: as written, and folded when that is safe. */
    static List<String> spellingsOf(String phrase) {
        String folded = VietnameseText.fold(phrase);
        // A single syllable stripped of its diacritics is another word too often ("cắn"/"cần", "cào"/"cao",
        // "nôn"/"non", "lửa"/"lúa", "chập"/"chap"): it is matched only as typed with them.
        boolean ambiguous = !phrase.contains(" ") && !folded.equals(phrase);
        return ambiguous ? List.of(phrase) : List.of(phrase, folded);
    }
}
