package vn.phananh.schema;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record type using Avro's single-object encoding
 * (marker, 64-bit schema fingerprint, binary datum). The reader resolves the writer's schema by
 * fingerprint from the current schema and every released copy, so records written with an older
 * compatible schema are still read. Thread-safe: Avro's message encoder and decoder are.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Schema schema, SchemaStore store) {
        SpecificData model = SpecificData.getForSchema(schema);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, store);
    }

    /** A serde for the generated class, knowing its released schemas. */
    public static <T extends SpecificRecord> AvroSerde<T> forType(Class<T> type) {
        Schema schema = SpecificData.get().getSchema(type);
        return withReleased(schema, ReleasedSchemas.of(schema.getName()));
    }

    /** A serde reading {@code current}, able to resolve records written with any of {@code writers}. */
    public static <T extends SpecificRecord> AvroSerde<T> withReleased(Schema current, Iterable<Schema> writers) {
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(current);
        writers.forEach(store::addSchema);
        return new AvroSerde<>(current, store);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(data);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        catch (IOException | RuntimeException ex) {
            throw new SerializationException("Cannot encode " + data.getSchema().getName() + " for " + topic, ex);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return decoder.decode(data);
        }
        catch (IOException | RuntimeException ex) {
            throw new SerializationException("Cannot decode a record of " + topic + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // Nothing to configure: the schemas are compiled in.
    }

    @Override
    public void close() {
        // Nothing to release; the serde is shared by every client of a topic.
    }
}
