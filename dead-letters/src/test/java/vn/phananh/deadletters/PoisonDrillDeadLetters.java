package vn.phananh.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import vn.phananh.avro.Author;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.schema.Topics;

/**
 * The poison drill's records ({@code ./pipeline faults poison-records}) written into source topics
 * of a test's own on a real broker, each followed by the dead letter the pipeline writes for it:
 * the same bytes, stages and reasons as the stream processor's and the indexer's. The drill's
 * record straight into the dead-letter topic is there too, without headers, as the drill leaves it.
 */
final class PoisonDrillDeadLetters {

    static final String TEXT = "Đường thôn Đông Tiến ngập sâu, gọi chị Hoa 0912 675 340";
    static final String AUTHOR = "Phạm Thị Hoa";
    static final byte[] GARBAGE = "not a Phản Ánh record {\u0000\u00ff".getBytes(StandardCharsets.UTF_8);

    /** One poison record as written, and where its dead letter landed. */
    record Poisoned(String kind, String source, String stage, byte[] key, byte[] value, String deadLetter) {
    }

    final String run;
    final String raw;
    final String status;
    final String enriched;
    final String dlq;
    /** Not created here: the first replay creates it, as it does on a pipeline older than the ledger. */
    final String ledger;
    private final String bootstrap;

    PoisonDrillDeadLetters(String bootstrap, String run) {
        this.bootstrap = bootstrap;
        this.run = run;
        this.raw = "raw-" + run;
        this.status = "status-" + run;
        this.enriched = "enriched-" + run;
        this.dlq = "dlq-" + run;
        this.ledger = "dlq-replays-" + run;
    }

    List<Poisoned> write() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(raw, 3, (short) 1), new NewTopic(status, 3, (short) 1),
                    new NewTopic(enriched, 3, (short) 1), new NewTopic(dlq, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        byte[] valid = Topics.RAW.valueSerde().serializer().serialize(raw, rawFeedback());
        List<Poisoned> written = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            written.add(poison(producer, raw, "garbage bytes", "decode", GARBAGE,
                    "undecodable: the value is not an Avro single-object encoded record"));
            written.add(poison(producer, raw, "empty value", "decode", new byte[0], "undecodable: empty value"));
            written.add(poison(producer, raw, "raw record cut short", "decode", Arrays.copyOf(valid, valid.length / 2),
                    "undecodable: java.io.EOFException"));
            written.add(poison(producer, raw, "tombstone", "validate", null, "validation: no value"));
            written.add(poison(producer, raw, "valid raw record under another key", "validate", valid,
                    "key does not equal feedbackId"));
            written.add(poison(producer, status, "garbage bytes", "decode", GARBAGE, "undecodable: not Avro"));
            written.add(poison(producer, status, "action on an unknown feedback", "status", unknownFeedbackAction(),
                    "status change for an unknown feedback"));
            written.add(poison(producer, enriched, "garbage bytes", "search-api.decode", GARBAGE,
                    "undecodable enriched feedback"));
            written.add(poison(producer, enriched, "raw record (another type)", "search-api.index", valid,
                    "400 document_parsing_exception: [1:24] failed to parse field [text] of type [keyword]. "
                            + "Preview of field's value: '" + TEXT + "'"));
            // The drill also writes garbage straight into the dead-letter topic: no headers, no source.
            RecordMetadata straight = producer.send(new ProducerRecord<>(dlq, key("straight"), GARBAGE)).get(30, TimeUnit.SECONDS);
            written.add(new Poisoned("garbage bytes", null, null, key("straight"), GARBAGE,
                    DeadLetter.coordinates(straight.partition(), straight.offset())));
        }
        return written;
    }

    private Poisoned poison(KafkaProducer<byte[], byte[]> producer, String topic, String kind, String stage, byte[] value,
            String reason) throws Exception {
        byte[] key = key(kind);
        RecordMetadata at = producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        var headers = new DeadLetterHeaders(topic, at.partition(), at.offset(), stage, reason).writeTo(new RecordHeaders());
        RecordMetadata letter = producer.send(new ProducerRecord<>(dlq, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        return new Poisoned(kind, topic, stage, key, value, DeadLetter.coordinates(letter.partition(), letter.offset()));
    }

    /** The dead letter of a replay that failed again, as the processor writes it (it keeps the mark). */
    String failedAgain(Poisoned replayed, String replayOf) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            var headers = new DeadLetterHeaders(replayed.source(), 0, 999, replayed.stage(), "undecodable: still broken")
                    .writeTo(new RecordHeaders());
            headers.add(DeadLetterHeaders.REPLAY_OF, replayOf.getBytes(StandardCharsets.UTF_8));
            RecordMetadata at = producer.send(new ProducerRecord<>(dlq, null, replayed.key(), replayed.value(), headers))
                    .get(30, TimeUnit.SECONDS);
            return DeadLetter.coordinates(at.partition(), at.offset());
        }
    }

    private byte[] key(String kind) {
        return ("poison-" + run + "-" + kind.replace(' ', '-')).getBytes(StandardCharsets.UTF_8);
    }

    private RawFeedback rawFeedback() {
        return RawFeedback.newBuilder().setFeedbackId(FeedbackIds.of(Channel.ZALO, "oa-1", "m-" + run))
                .setUnitCode("xa-hung-cuong").setChannel(Channel.ZALO).setSourceAccount("oa-1").setExternalId("m-" + run)
                .setThreadId(null).setParentId(null).setChange(ChangeType.ADD)
                .setAuthor(Author.newBuilder().setId("u-1").setDisplayName(AUTHOR).setContact("hoa@example.vn")
                        .setAnonymous(false).build())
                .setText(TEXT).setAttachments(List.of()).setReceivedAt(Instant.parse("2026-11-27T03:00:00Z"))
                .setOccurredAt(null).setRecordedBy(null).setSourceEvent(null).setAttributes(Map.of()).build();
    }

    private byte[] unknownFeedbackAction() {
        StatusChange change = StatusChange.newBuilder().setChangeId("c-" + run).setFeedbackId("poison-" + run)
                .setUnitCode("xa-hung-cuong").setAction(StatusAction.ACKNOWLEDGE).setActor("fault-drill")
                .setAt(Instant.parse("2026-11-27T03:05:00Z")).build();
        return Topics.STATUS.valueSerde().serializer().serialize(status, change);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static Set<String> kinds(List<Poisoned> poisoned) {
        return Set.copyOf(poisoned.stream().map(Poisoned::kind).toList());
    }
}
