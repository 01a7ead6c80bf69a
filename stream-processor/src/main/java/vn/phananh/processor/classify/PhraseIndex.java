package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of many phrases occur in a text as whole words: one hash lookup per word n-gram of
 * the text instead of one regular expression per phrase, so the cost no longer grows with the
 * size of the lexicons (hundreds of phrases) but only with the length of the message.
 */
final class PhraseIndex {

    private record Phrase(String label, int id) {
    }

    private final Map<String, List<Phrase>> byWords = new HashMap<>();
    /** For each first word of a phrase, the most words a phrase starting with it has. */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final List<String> labels = new ArrayList<>();

    /** Each label's phrases, each phrase given as its accepted spellings (e.g. accented and folded). */
    PhraseIndex(Map<String, List<List<String>>> spellingsByLabel) {
        int id = 0;
        for (Map.Entry<String, List<List<String>>> entry : spellingsByLabel.entrySet()) {
            labels.add(entry.getKey());
            for (List<String> spellings : entry.getValue()) {
                Phrase phrase = new Phrase(entry.getKey(), id++);
                for (String spelling : new LinkedHashSet<>(spellings)) {
                    String[] words = words(spelling);
                    if (words.length > 0) {
                        longestFrom.merge(words[0], words.length, Math::max);
                        byWords.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(phrase);
                    }
                }
            }
        }
    }

    /** For each label with at least one phrase in the text, how many distinct phrases of it occur. */
    Map<String, Integer> hits(String text) {
        String[] words = words(text);
        Set<Phrase> found = new HashSet<>();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            Integer most = longestFrom.get(words[i]);
            if (most == null) {
                continue;
            }
            key.setLength(0);
            for (int n = 0; n < most && i + n < words.length; n++) {
                if (n > 0) {
                    key.append(' ');
                }
                key.append(words[i + n]);
                List<Phrase> phrases = byWords.get(key.toString());
                if (phrases != null) {
                    found.addAll(phrases);
                }
            }
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String label : labels) {
            int count = (int) found.stream().filter(p -> p.label().equals(label)).count();
            if (count > 0) {
                hits.put(label, count);
            }
        }
        return hits;
    }

    /** Lower-case words: runs of letters and digits, as the whole-word boundaries of the lexicons. */
    static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
