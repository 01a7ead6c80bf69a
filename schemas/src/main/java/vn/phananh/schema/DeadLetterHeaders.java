package vn.phananh.schema;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Where a record of {@link Topics#DLQ_NAME} came from and why it is there: the headers every
 * writer of dead letters sets (the stream processor, the search API's indexer) and every reader
 * reads (the fault drills, {@code ./pipeline dlq}). The record itself keeps the original key and
 * bytes, so a fixed pipeline can take it again from {@link #sourceTopic}.
 *
 * @param sourcePartition -1 when a record does not say
 * @param sourceOffset -1 when a record does not say
 */
public record DeadLetterHeaders(String sourceTopic, int sourcePartition, long sourceOffset, String stage,
        String error) {

    public static final String SOURCE_TOPIC = "phananh.dlq.source.topic";
    public static final String SOURCE_PARTITION = "phananh.dlq.source.partition";
    public static final String SOURCE_OFFSET = "phananh.dlq.source.offset";
    public static final String STAGE = "phananh.dlq.stage";
    public static final String ERROR = "phananh.dlq.error";
    /**
     * On a record {@code ./pipeline dlq replay} wrote back to its source topic: the dead letter it
     * replays ({@code feedback.dlq.v1-0@17}). A replay that fails again carries it into its new dead
     * letter, so the listing tells a second failure from a first.
     */
    public static final String REPLAY_OF = "phananh.dlq.replay-of";

    /** Adds these headers to {@code headers} (a producer record's or a Streams record's) and returns them. */
    public Headers writeTo(Headers headers) {
        return headers.add(SOURCE_TOPIC, utf8(sourceTopic))
                .add(SOURCE_PARTITION, utf8(Integer.toString(sourcePartition)))
                .add(SOURCE_OFFSET, utf8(Long.toString(sourceOffset)))
                .add(STAGE, utf8(stage))
                .add(ERROR, utf8(error));
    }

    /** What a dead letter's headers say; a missing or unreadable header reads as null or -1. */
    public static DeadLetterHeaders readFrom(Headers headers) {
        return new DeadLetterHeaders(text(headers, SOURCE_TOPIC), (int) number(headers, SOURCE_PARTITION),
                number(headers, SOURCE_OFFSET), text(headers, STAGE), text(headers, ERROR));
    }

    /** Copies the {@link #REPLAY_OF} header of the record that failed, if it has one, onto its dead letter. */
    public static Headers carryReplayOf(Headers failed, Headers deadLetter) {
        Header replayOf = failed == null ? null : failed.lastHeader(REPLAY_OF);
        return replayOf == null ? deadLetter : deadLetter.add(REPLAY_OF, replayOf.value());
    }

    /** {@code topic-partition@offset}: the one place the original record was read from. */
    public String source() {
        return sourceTopic + "-" + sourcePartition + "@" + sourceOffset;
    }

    /** The last value of a header as UTF-8 text, or null. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long number(Headers headers, String name) {
        String value = text(headers, name);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
