package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.phananh.text.VietnameseText;

/**
 * A curated Vietnamese domain lexicon per topic of the taxonomy: the words and set phrases a
 * citizen, a reporter or a desk officer uses for that domain anywhere in the country ("sổ đỏ",
 * "lấn chiếm", "học phí", "tiêm chủng", "thủy lợi", "loa phát thanh" …). Each phrase found adds one
 * {@code lex:TOPIC} feature, so the learner sees how much of the text speaks of each domain even for
 * words it never met in training. Written from the taxonomy and general usage, not from the
 * labelled messages (the list is {@value #RESOURCE}). Phrases are matched as whole words on the
 * accented text, or on the folded text when the message was typed without diacritics.
 */
final class TopicLexicon {

    /** Where the lexicon lives on the classpath: TOPIC, a tab, a phrase; {@code #} starts a comment line. */
    static final String RESOURCE = "/lexicon/topics.tsv";

    private static final Map<String, List<String>> LEXICON = Lexicons.read(RESOURCE,
            topic -> vn.phananh.avro.Topic.valueOf(topic).name());

    /** Indexes for accented text, and for text typed without diacritics. */
    private static final PhraseIndex ACCENTED = index(false);
    private static final PhraseIndex BARE = index(true);

    private static PhraseIndex index(boolean bare) {
        Map<String, List<List<String>>> spellings = new LinkedHashMap<>();
        LEXICON.forEach((topic, phrases) -> spellings.put(topic, bare
                ? phrases.stream().filter(TopicLexicon::safeWithoutDiacritics).map(p -> List.of(VietnameseText.fold(p))).toList()
                : phrases.stream().map(Cues::spellingsOf).toList()));
        return new PhraseIndex(spellings);
    }

    /**
     * Without diacritics a single syllable is too ambiguous ("cho" is "chợ" or "cho", "lon" is
     * "lợn" or "lớn", "truong" is "trường" or "trưởng"), so only phrases of two or more syllables,
     * or syllables that have no diacritic to lose, are looked for in text typed without them.
     */
    private static boolean safeWithoutDiacritics(String phrase) {
        return phrase.contains(" ") || VietnameseText.fold(phrase).equals(phrase.toLowerCase(Locale.ROOT));
    }

    private TopicLexicon() {
    }

    /** Changes whenever a phrase changes, so a model trained on another lexicon gets another version. */
    static String fingerprint() {
        return LEXICON.toString();
    }

    /** One {@code TOPIC} entry per distinct lexicon phrase found in the text. */
    static List<String> of(String normalized) {
        boolean bare = Cues.isTypedWithoutDiacritics(normalized);
        String text = bare ? VietnameseText.fold(normalized) : normalized.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        (bare ? BARE : ACCENTED).hits(text).forEach((topic, phrases) -> {
            for (int i = 0; i < phrases; i++) {
                found.add(topic);
            }
        });
        return found;
    }
}
