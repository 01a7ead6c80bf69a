package vn.phananh.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroSerdeTest {

    @Test
    void roundTripsARawFeedbackWithVietnameseText() {
        RawFeedback original = Samples.raw("msg-1");
        byte[] bytes = Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, original);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW_NAME, bytes)).isEqualTo(original);
    }

    @Test
    void roundTripsStatusChangesAndAlerts() {
        StatusChange change = StatusChange.newBuilder().setChangeId("c-1").setFeedbackId("f-1").setUnitCode("u")
                .setAction(StatusAction.ANSWER).setActor("can-bo-1").setAt(Instant.parse("2026-11-27T03:00:00Z"))
                .setAssignee(null).setAnswerText("Đã xử lý").setNote(null).build();
        Alert alert = Alert.newBuilder().setAlertId("a-1").setType(AlertType.URGENT).setUnitCode("u").setTopic(null)
                .setFeedbackId("f-1").setWindowStart(null).setCount(null).setBaseline(null).setDeadline(null)
                .setSummary("Phản ánh khẩn").setRaisedAt(Instant.parse("2026-11-27T03:00:00Z")).build();

        assertThat(roundTrip(Topics.STATUS, change)).isEqualTo(change);
        assertThat(roundTrip(Topics.ALERTS, alert)).isEqualTo(alert);
    }

    @Test
    void readsARecordWrittenWithAnOlderSchemaVersion() throws IOException {
        Schema older = parse("/previous/RawFeedback-0.avsc");
        RawFeedback current = Samples.raw("msg-2");
        GenericRecord written = asOlder(older, current);
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(written);

        AvroSerde<RawFeedback> serde = AvroSerde.withReleased(RawFeedback.getClassSchema(), List.of(older));
        RawFeedback read = serde.deserialize(Topics.RAW_NAME, toBytes(encoded));

        assertThat(read.getFeedbackId()).isEqualTo(current.getFeedbackId());
        assertThat(read.getText()).isEqualTo(current.getText());
        assertThat(read.getAttributes()).as("a field the old writer lacked takes its default").isEmpty();
        assertThat(read.getRecordedBy()).isNull();
    }

    @Test
    void rejectsARecordWhoseWriterSchemaIsUnknown() throws IOException {
        Schema older = parse("/previous/RawFeedback-0.avsc");
        GenericRecord written = asOlder(older, Samples.raw("msg-3"));
        byte[] bytes = toBytes(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(written));

        assertThatThrownBy(() -> Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW_NAME, bytes))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void rejectsBytesThatAreNotSingleObjectEncoded() {
        byte[] garbage = "{\"feedbackId\":\"x\"}".getBytes();
        assertThatThrownBy(() -> Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW_NAME, garbage))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void passesNullsThroughForTombstones() {
        assertThat(Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, null)).isNull();
        assertThat(Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW_NAME, null)).isNull();
    }

    @Test
    void derivesTheSameFeedbackIdForTheSameMessage() {
        assertThat(FeedbackIds.of(Channel.FACEBOOK, "page", "c1")).isEqualTo(FeedbackIds.of(Channel.FACEBOOK, "page", "c1"))
                .isNotEqualTo(FeedbackIds.of(Channel.FACEBOOK, "page", "c2"))
                .isNotEqualTo(FeedbackIds.of(Channel.ZALO, "page", "c1"));
    }

    private static <V> V roundTrip(TopicSpec<String, V> topic, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        return topic.valueSerde().deserializer().deserialize(topic.name(), bytes);
    }

    /** Copies the fields the older schema knows from a current record. */
    private static GenericRecord asOlder(Schema older, RawFeedback current) throws IOException {
        GenericData model = GenericData.get();
        byte[] full = Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, current);
        GenericRecord asGeneric = new org.apache.avro.message.BinaryMessageDecoder<GenericRecord>(model,
                RawFeedback.getClassSchema()).decode(full, null);
        GenericRecordBuilder builder = new GenericRecordBuilder(older);
        older.getFields().forEach(field -> builder.set(field.name(), asGeneric.get(field.name())));
        return builder.build();
    }

    private static byte[] toBytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    static Schema parse(String resource) throws IOException {
        try (InputStream in = AvroSerdeTest.class.getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        }
    }
}
