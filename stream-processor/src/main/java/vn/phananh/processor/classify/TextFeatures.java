package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.phananh.text.VietnameseText;
import vn.phananh.text.Words;

/**
 * Turns a masked, normalised message into the feature tokens the learners see:
 * <ul>
 * <li>folded syllable unigrams and bigrams, so typing with or without diacritics looks alike;</li>
 * <li>accented unigrams where diacritics were typed, so "đóng" and "đông" stay apart;</li>
 * <li>the opening and closing words of the message and the first words of each sentence, which
 *     carry the kind ("Xin hỏi", "Kính đề nghị", "Tố cáo", "… được không?");</li>
 * <li>the rule cues of {@link Cues}, one {@code lex:TOPIC} per domain phrase of {@link TopicLexicon}
 *     (what carries to words the training data never showed) and a length bucket.</li>
 * </ul>
 */
final class TextFeatures {

    private static final int EDGE_WORDS = 3;

    private TextFeatures() {
    }

    static List<String> of(String normalizedText, List<String> cues, List<String> lexicon) {
        String folded = VietnameseText.fold(normalizedText);
        String[] words = Words.of(folded);
        List<String> features = new ArrayList<>(words.length * 4 + cues.size() + lexicon.size() + 16);
        for (int i = 0; i < words.length; i++) {
            features.add(words[i]);
            if (i + 1 < words.length) {
                features.add(words[i] + "_" + words[i + 1]);
            }
        }
        String[] accented = Words.of(normalizedText.toLowerCase(Locale.ROOT));
        // Folding keeps word boundaries, so the i-th accented word folds to the i-th folded word.
        boolean aligned = accented.length == words.length;
        for (int i = 0; i < accented.length; i++) {
            String bare = aligned ? words[i] : VietnameseText.fold(accented[i]);
            if (!accented[i].equals(bare)) {
                features.add("a:" + accented[i]);
            }
        }
        edges(words, features);
        sentenceOpenings(folded, features);
        for (String cue : cues) {
            features.add("cue:" + cue);
        }
        for (String topic : lexicon) {
            features.add("lex:" + topic);
        }
        features.add("len:" + (words.length < 15 ? "s" : words.length < 40 ? "m" : words.length < 80 ? "l" : "xl"));
        return features;
    }

    private static void edges(String[] words, List<String> features) {
        for (int i = 0; i < Math.min(EDGE_WORDS, words.length); i++) {
            features.add("s:" + words[i]);
        }
        if (words.length > 1) {
            features.add("s2:" + words[0] + "_" + words[1]);
        }
        for (int i = Math.max(0, words.length - EDGE_WORDS); i < words.length; i++) {
            features.add("e:" + words[i]);
        }
    }

    private static void sentenceOpenings(String folded, List<String> features) {
        boolean start = true;
        String first = null;
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                start = true;
                first = null;
                i++;
                continue;
            }
            if (!Words.isWordChar(folded, i)) {
                i++;
                continue;
            }
            int end = Words.wordEnd(folded, i);
            if (start || first != null) {
                String word = folded.substring(i, end);
                if (first == null) {
                    features.add("ss:" + word);
                    first = word;
                    start = false;
                } else {
                    features.add("ss2:" + first + "_" + word);
                    first = null;
                }
            }
            i = end;
        }
    }
}
