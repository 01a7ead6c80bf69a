package vn.phananh.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phananh.bench.faults.DeadLetterTopic.DeadLetter;
import vn.phananh.schema.DeadLetterHeaders;

/** The dead-letter topic must hold exactly the poison records, each with its reason and original bytes. */
class DeadLetterTopicTest {

    private static final Poison GARBAGE = poison(7, "junk");
    private static final Poison TOMBSTONE = poison(8, null);

    @Test
    void acceptsExactlyThePoisonWithReasons() {
        assertThat(DeadLetterTopic.compare(List.of(GARBAGE, TOMBSTONE), List.of(letter(GARBAGE), letter(TOMBSTONE))))
                .isEmpty();
    }

    @Test
    void reportsAPoisonRecordWithoutDeadLetter() {
        assertThat(DeadLetterTopic.compare(List.of(GARBAGE, TOMBSTONE), List.of(letter(GARBAGE))))
                .singleElement().asString().startsWith("no dead letter for feedback.raw.v1-1@8");
    }

    @Test
    void reportsADeadLetterNoPoisonExplains() {
        assertThat(DeadLetterTopic.compare(List.of(), List.of(letter(GARBAGE))))
                .singleElement().asString().startsWith("unexpected dead letter from feedback.raw.v1-1@7");
    }

    @Test
    void reportsADeadLetterWrittenTwice() {
        assertThat(DeadLetterTopic.compare(List.of(GARBAGE), List.of(letter(GARBAGE), letter(GARBAGE))))
                .containsExactly("dead-lettered twice: feedback.raw.v1-1@7");
    }

    @Test
    void reportsADeadLetterWithoutReasonOrWithOtherBytes() {
        DeadLetter noReason = new DeadLetter(new DeadLetterHeaders("feedback.raw.v1", 1, 7, "decode", " "), GARBAGE.key(), GARBAGE.value());
        DeadLetter otherBytes = new DeadLetter(new DeadLetterHeaders("feedback.raw.v1", 1, 8, "decode", "empty"), TOMBSTONE.key(), new byte[1]);

        assertThat(DeadLetterTopic.compare(List.of(GARBAGE, TOMBSTONE), List.of(noReason, otherBytes))).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("dead letter without stage or error"))
                .anySatisfy(p -> assertThat(p).contains("does not hold the original key and bytes"));
    }

    private static Poison poison(long offset, String value) {
        return new Poison("feedback.raw.v1", "test", "phananh-stream-processor",
                ("poison-" + offset).getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8), 1, offset);
    }

    private static DeadLetter letter(Poison p) {
        return new DeadLetter(new DeadLetterHeaders(p.topic(), p.partition(), p.offset(), "decode", "undecodable"), p.key(), p.value());
    }
}
