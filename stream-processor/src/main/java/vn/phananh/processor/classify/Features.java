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
        List<String> features = new ArrayList<>();
        String[] folded = words(VietnameseText.fold(normalizedText));
        for (int i = 0; i < folded.length; i++) {
            features.add(folded[i]);
            if (i + 1 < folded.length) {
                features.add(folded[i] + "_" + folded[i + 1]);
            }
        }
        for (String accented : words(normalizedText.toLowerCase(Locale.ROOT))) {
            if (!accented.equals(VietnameseText.fold(accented))) {
                features.add("a:" + accented);
            }
        }
        for (String cue : Cues.of(normalizedText)) {
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
