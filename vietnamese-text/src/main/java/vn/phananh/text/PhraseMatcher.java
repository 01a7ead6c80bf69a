package vn.phananh.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of many labelled phrases occur in a text as whole words, following the diacritic
 * rules every lexicon of the project shares:
 * <ul>
 * <li>Phrases are read as {@link VietnameseText#canonical} lower case, so "hoá chất" and "hóa chất"
 *     are one phrase. Abbreviations in a phrase are not spelled out: write phrases in full, as
 *     {@link VietnameseText#normalize} leaves the text ("bảo hiểm y tế", not "bhyt").</li>
 * <li>Text typed with diacritics is matched as typed: a phrase of one syllable that carries
 *     diacritics matches only with them ("cắn" is not "cần", "chợ" is not "cho", "lợn" is not
 *     "lớn"); a phrase of two or more syllables also matches its folded form, which is not
 *     ambiguous ("ngap sau" in an otherwise accented message).</li>
 * <li>Text typed without diacritics ({@link VietnameseText#isTypedWithoutDiacritics}) is matched
 *     folded, on the phrases that are safe without them: two or more syllables, or a syllable that
 *     has no diacritic to lose.</li>
 * </ul>
 * The cost grows with the length of the message, not with the size of the lexicon. Immutable once
 * built and thread-safe.
 */
public final class PhraseMatcher {

    /**
     * A word trie of the accepted spellings: one lookup per word of the text and step into a
     * phrase, and a word's hash is computed once however many phrases start there.
     */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        /** The ids (index into {@link #labelOfPhrase}) of the phrases a spelling ending here belongs to. */
        int[] phrases = NONE;
    }

    private static final int[] NONE = new int[0];

    private final List<String> labels = new ArrayList<>();
    private final Node root = new Node();
    private final int[] labelOfPhrase;

    private PhraseMatcher(Map<String, ? extends List<String>> phrasesByLabel) {
        List<Integer> labelOf = new ArrayList<>();
        for (Map.Entry<String, ? extends List<String>> entry : phrasesByLabel.entrySet()) {
            int label = labels.size();
            labels.add(entry.getKey());
            Set<String> phrases = new LinkedHashSet<>();
            entry.getValue().forEach(p -> phrases.add(canonical(p)));
            if (phrases.remove("")) {
                throw new IllegalArgumentException("a phrase of " + entry.getKey() + " has no word in it");
            }
            for (String phrase : phrases) {
                int id = labelOf.size();
                labelOf.add(label);
                for (String spelling : spellingsOf(phrase)) {
                    Node node = root;
                    for (String word : spelling.split(" ")) {
                        node = node.next.computeIfAbsent(word, k -> new Node());
                    }
                    node.phrases = java.util.Arrays.copyOf(node.phrases, node.phrases.length + 1);
                    node.phrases[node.phrases.length - 1] = id;
                }
            }
        }
        labelOfPhrase = labelOf.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A matcher of each label's phrases; labels keep the map's order in {@link #hits}. */
    public static PhraseMatcher of(Map<String, ? extends List<String>> phrasesByLabel) {
        return new PhraseMatcher(phrasesByLabel);
    }

    /**
     * For each label with at least one phrase in the text, how many distinct phrases of it occur,
     * in label order. The text is expected as {@link VietnameseText#normalize} gives it.
     */
    public Map<String, Integer> hits(String normalizedText) {
        String lower = normalizedText.toLowerCase(Locale.ROOT);
        String folded = VietnameseText.fold(normalizedText);
        String[] words = Words.of(VietnameseText.isTypedWithoutDiacritics(lower, folded) ? folded : lower);
        BitSet found = new BitSet(labelOfPhrase.length);
        int[] counts = new int[labels.size()];
        for (int i = 0; i < words.length; i++) {
            Node node = root.next.get(words[i]);
            for (int k = i + 1; node != null; k++) {
                for (int id : node.phrases) {
                    if (!found.get(id)) {
                        found.set(id);
                        counts[labelOfPhrase[id]]++;
                    }
                }
                node = k < words.length && !node.next.isEmpty() ? node.next.get(words[k]) : null;
            }
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (int label = 0; label < counts.length; label++) {
            if (counts[label] > 0) {
                hits.put(labels.get(label), counts[label]);
            }
        }
        return hits;
    }

    /** A phrase as it is matched: canonical, lower case, its words joined by one space. */
    static String canonical(String phrase) {
        return String.join(" ", Words.of(VietnameseText.canonical(phrase).toLowerCase(Locale.ROOT)));
    }

    /** The spellings a canonical phrase is matched in: as written, and folded unless it is one accented syllable. */
    static List<String> spellingsOf(String phrase) {
        String folded = VietnameseText.fold(phrase);
        boolean oneAccentedSyllable = phrase.indexOf(' ') < 0 && !folded.equals(phrase);
        return oneAccentedSyllable || folded.equals(phrase) ? List.of(phrase) : List.of(phrase, folded);
    }
}
