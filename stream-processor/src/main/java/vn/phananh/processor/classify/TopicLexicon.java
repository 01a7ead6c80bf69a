package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.phananh.text.PhraseMatcher;

/**
 * A curated Vietnamese domain lexicon per topic of the taxonomy: the words and set phrases a
 * citizen, a reporter or a desk officer uses for that domain anywhere in the country ("sổ đỏ",
 * "lấn chiếm", "học phí", "tiêm chủng", "thủy lợi", "loa phát thanh" …). Each phrase found adds one
 * {@code lex:TOPIC} feature, so the learner sees how much of the text speaks of each domain even for
 * words it never met in training. Written from the taxonomy and general usage, not from the
 * labelled messages (the list is {@value #RESOURCE}). Phrases are matched as whole words by the
 * shared {@link PhraseMatcher} rules: on the accented text, or on the folded text when the message was
 * typed without diacritics, where a lone syllable is too ambiguous ("cho" is "chợ" or "cho", "lon"
 * is "lợn" or "lớn") and only phrases of two or more syllables or without diacritics are looked for.
 */
final class TopicLexicon {

    /** Where the lexicon lives on the classpath: TOPIC, a tab, a phrase; {@code #} starts a comment line. */
    static final String RESOURCE = "/lexicon/topics.tsv";

    private static final Map<String, List<String>> LEXICON = Lexicons.read(RESOURCE,
            topic -> vn.phananh.avro.Topic.valueOf(topic).name());

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(LEXICON);

    private TopicLexicon() {
    }

    /** Changes whenever a phrase changes, so a model trained on another lexicon gets another version. */
    static String fingerprint() {
        return LEXICON.toString();
    }

    /** One {@code TOPIC} entry per distinct lexicon phrase found in the text. */
    static List<String> of(String normalized) {
        List<String> found = new ArrayList<>();
        MATCHER.hits(normalized).forEach((topic, phrases) -> {
            for (int i = 0; i < phrases; i++) {
                found.add(topic);
            }
        });
        return found;
    }
}
