package vn.phananh.processor.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusChange;
import vn.phananh.schema.Topics;

/**
 * Decodes an input record read as bytes and validates it. Records are read as bytes, and not
 * with the Avro serde as the source's deserializer, so that an undecodable record becomes a
 * dead letter with its exact bytes instead of a deserialization-handler decision.
 */
final class InboundDecoder<T> implements Processor<byte[], byte[], String, Inbound> {

    /** Checks a decoded value against its key; empty when valid, else the reason. */
    interface Validator<T> {
        Optional<String> problem(String key, T value);
    }

    private final Deserializer<T> deserializer;
    private final Validator<T> validator;
    private final BiFunction<T, SourceRecord, Inbound> arrival;
    private ProcessorContext<String, Inbound> context;

    private InboundDecoder(Deserializer<T> deserializer, Validator<T> validator,
            BiFunction<T, SourceRecord, Inbound> arrival) {
        this.deserializer = deserializer;
        this.validator = validator;
        this.arrival = arrival;
    }

    static InboundDecoder<RawFeedback> raw() {
        return new InboundDecoder<>(Topics.RAW.valueSerde().deserializer(), InputValidation::rawProblem,
                Inbound.RawArrived::new);
    }

    static InboundDecoder<StatusChange> status() {
        return new InboundDecoder<>(Topics.STATUS.valueSerde().deserializer(), InputValidation::statusProblem,
                Inbound.StatusArrived::new);
    }

    static InboundDecoder<LabelCorrection> labels() {
        return new InboundDecoder<>(Topics.LABELS.valueSerde().deserializer(), InputValidation::labelsProblem,
                Inbound.LabelsArrived::new);
    }

    static InboundDecoder<vn.phananh.avro.Rating> ratings() {
        return new InboundDecoder<>(Topics.RATINGS.valueSerde().deserializer(), InputValidation::ratingProblem,
                Inbound.RatingArrived::new);
    }

    static InboundDecoder<ClusterAssignment> clusters() {
        return new InboundDecoder<>(Topics.CLUSTERS.valueSerde().deserializer(), InputValidation::clusterProblem,
                Inbound.ClusterArrived::new);
    }

    static InboundDecoder<RawFeedback> reclassify() {
        return new InboundDecoder<>(Topics.RECLASSIFY.valueSerde().deserializer(), InputValidation::rawProblem,
                Inbound.ReclassifyArrived::new);
    }

    @Override
    public void init(ProcessorContext<String, Inbound> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        SourceRecord source = source(record);
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            reject(record, key, source, DeadLetter.STAGE_DECODE, "empty value (tombstone)");
            return;
        }
        T value;
        try {
            value = deserializer.deserialize(source.topic(), record.value());
        }
        catch (RuntimeException ex) {
            reject(record, key, source, DeadLetter.STAGE_DECODE, "undecodable: " + ex.getMessage());
            return;
        }
        Optional<String> problem = validator.problem(key, value);
        if (problem.isPresent()) {
            reject(record, key, source, DeadLetter.STAGE_VALIDATE, problem.get());
            return;
        }
        context.forward(record.withKey(key).withValue(arrival.apply(value, source)));
    }

    private void reject(Record<byte[], byte[]> record, String key, SourceRecord source, String stage, String reason) {
        Inbound rejected = new Inbound.Rejected(new DeadLetter(source, stage, reason));
        context.forward(record.withKey(key).withValue(rejected));
    }

    private SourceRecord source(Record<byte[], byte[]> record) {
        // Always present for records that come from a source topic, which is the only way here.
        RecordMetadata meta = context.recordMetadata().orElseThrow();
        return new SourceRecord(meta.topic(), meta.partition(), meta.offset(), record.key(), record.value());
    }
}
