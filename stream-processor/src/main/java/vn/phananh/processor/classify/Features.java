package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.phananh.text.VietnameseText;

/**
 * Turns a masked, normalised message into the feature tokens the learners see: folded word
 * unigrams and bigrams (so typing with or without diacritics looks alike), accented unigrams
 * where diacritics were typed (so "đóng" and "đông" stay apart) and the rule cues of {@link Cues}.
 */
final class Features {

    private Features() {
    }

    static String[] of(String normalizedText) {
        return of(normalizedText, Cues.of(normalizedText));
    }

    /** The features, given the message's {@link Cues} (computed once by the caller). */
    static String[] of(String normalizedText, List<String> cues) {
        List<String> features = new ArrayList<>();
        String[] folded = words(VietnameseText.fold(normalizedText));
        for (int i = 0; i < folded.length; i++) {
            features.add(folded[i]);
            if (i + 1 < folded.length) {
                features.add(folded[i] + "_" + folded[i + 1]);
            }
        }
        String[] accented = words(normalizedText.toLowerCase(Locale.ROOT));
        // Folding keeps word boundaries, so the i-th accented word folds to the i-th folded word.
        boolean aligned = accented.length == folded.length;
        for (int i = 0; i < accented.length; i++) {
            String bare = aligned ? folded[i] : VietnameseText.fold(accented[i]);
            if (!accented[i].equals(bare)) {
                features.add("a:" + accented[i]);
            }
        }
        for (String cue : cues) {
            features.add("cue:" + cue);
        }
        for (String topic : TopicLexicon.of(normalizedText)) {
            features.add("lex:" + topic);
        }
        return features.toArray(String[]::new);
    }

    private static String[] words(String text) {
        String[] parts = text.split("[^\\p{L}\\p{M}\\p{N}]+");
        return java.util.Arrays.stream(parts).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
