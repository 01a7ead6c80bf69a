package vn.phananh.load.corpus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusTest {

    @Test
    void readsBothDevelopmentSetsFromTheJar() {
        List<CorpusMessage> chat = Corpus.chat();
        List<CorpusMessage> broad = Corpus.broad();

        assertThat(chat).hasSize(240).extracting(CorpusMessage::id).doesNotHaveDuplicates();
        assertThat(broad).hasSize(480).extracting(CorpusMessage::id).doesNotHaveDuplicates();
        assertThat(chat).extracting(CorpusMessage::channel).containsOnly("FACEBOOK", "ZALO", "DESK");
        assertThat(broad).allSatisfy(m -> assertThat(m.text()).isNotBlank());
    }

    @Test
    void keepsEveryLabel() throws Exception {
        String line = """
                {"id": "dev-0003", "channel": "ZALO", "text": "Nước máy có mùi clo, gọi em +84 983 517 206.", \
                "topic": "UTILITIES", "secondary_topics": ["HEALTH"], "kind": "COMPLAINT", "sentiment": "NEGATIVE", \
                "urgent": true, "location_id": "xom-bai", "location_text": "x.Bãi", \
                "pii": [{"type": "PHONE", "text": "+84 983 517 206"}]}
                """;

        CorpusMessage m = Corpus.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).getFirst();

        assertThat(m).isEqualTo(new CorpusMessage("dev-0003", "ZALO", "Nước máy có mùi clo, gọi em +84 983 517 206.",
                "UTILITIES", List.of("HEALTH"), "COMPLAINT", "NEGATIVE", true, "xom-bai", "x.Bãi",
                List.of(new CorpusMessage.Pii("PHONE", "+84 983 517 206"))));
    }

    @Test
    void namesTheLineThatIsNoMessage() {
        String lines = "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\"}\n";

        assertThatThrownBy(() -> Corpus.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Line 3");
    }

    @Test
    void spamGreetingsAndChatterAreLabelledNoFeedback() {
        assertThat(Corpus.chat().stream().filter(CorpusMessage::notFeedback).map(CorpusMessage::id))
                .contains("dev-0030", "dev-0045", "dev-0066").doesNotContain("dev-0040");
    }
}
