package vn.phananh.processor.classify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconsTest {

    @Test
    void readsPhrasesByLabelInFileOrder() {
        Map<String, List<String>> lexicon = Lexicons.read("/lexicon-test/valid.tsv", label -> label);
        assertThat(lexicon).containsExactly(Map.entry("SOCIAL_WELFARE", List.of("thẻ bảo hiểm y tế")),
                Map.entry("HEALTH", List.of("trạm y tế")));
    }

    @Test
    void refusesAPhraseThatMessagesNeverShowAsWritten() {
        // Normalisation spells "bhyt" out, so "thẻ bhyt" could never match a message.
        assertThatThrownBy(() -> Lexicons.read("/lexicon-test/abbreviated.tsv", label -> label))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("thẻ bhyt").hasMessageContaining("thẻ bảo hiểm y tế");
    }

    @Test
    void theShippedLexiconsHoldOnlyPhrasesMessagesCanShow() {
        assertThat(Lexicons.read("/lexicon/topics.tsv", label -> label)).hasSizeGreaterThanOrEqualTo(14);
        assertThat(Lexicons.read("/lexicon/cues.tsv", label -> label)).containsKeys("fire", "spam", "contact");
    }
}
