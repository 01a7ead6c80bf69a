package vn.phananh.deadletters;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.phananh.schema.TopicSpec;
import vn.phananh.schema.Topics;

/**
 * What a dead letter's bytes are, as far as they can be read: a record of one of the pipeline's
 * Avro types (tried by each topic's reader, which resolves the writer's schema by fingerprint), or
 * bytes that are none, with whether they at least start as Avro single-object encoding.
 */
record DecodedValue(String type, JsonNode record, String description) {

    private static final List<TopicSpec<String, ? extends SpecificRecord>> TYPED = List.of(Topics.RAW, Topics.STATUS,
            Topics.LABELS, Topics.CLUSTERS, Topics.ENRICHED, Topics.ALERTS, Topics.CHANNEL_EVENTS, Topics.OUTBOX);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static DecodedValue of(byte[] value) {
        if (value == null) {
            return new DecodedValue(null, null, "no value (a tombstone)");
        }
        if (value.length == 0) {
            return new DecodedValue(null, null, "an empty value");
        }
        for (TopicSpec<String, ? extends SpecificRecord> spec : TYPED) {
            try {
                SpecificRecord record = spec.valueSerde().deserializer().deserialize(spec.name(), value);
                if (record != null) {
                    return new DecodedValue(record.getSchema().getName(), tree(record), value.length + " bytes, a "
                            + record.getSchema().getName() + " as " + spec.name() + " holds");
                }
            }
            catch (RuntimeException ex) {
                // Not this type: the next one may read it.
            }
        }
        boolean avroMarker = value.length >= 2 && value[0] == (byte) 0xC3 && value[1] == (byte) 0x01;
        return new DecodedValue(null, null, value.length + " bytes that no schema of the pipeline reads"
                + (avroMarker ? " (Avro single-object marker: a record cut short or of an unknown schema)" : " (not Avro)"));
    }

    /** A record as JSON by its schema: enums by name, times as ISO instants, bytes by their size. */
    static JsonNode tree(Object value) {
        return switch (value) {
            case null -> JSON.nullNode();
            case SpecificRecord record -> {
                ObjectNode node = JSON.objectNode();
                for (Schema.Field field : record.getSchema().getFields()) {
                    node.set(field.name(), tree(record.get(field.pos())));
                }
                yield node;
            }
            case CharSequence text -> JSON.stringNode(text.toString());
            case Boolean flag -> JSON.booleanNode(flag);
            case Integer number -> JSON.numberNode(number);
            case Long number -> JSON.numberNode(number);
            case Double number -> JSON.numberNode(number);
            case Float number -> JSON.numberNode(number);
            case ByteBuffer bytes -> JSON.stringNode("(" + bytes.remaining() + " bytes)");
            case List<?> items -> {
                ArrayNode array = JSON.arrayNode();
                items.forEach(item -> array.add(tree(item)));
                yield array;
            }
            case Map<?, ?> map -> {
                ObjectNode node = JSON.objectNode();
                map.forEach((k, v) -> node.set(String.valueOf(k), tree(v)));
                yield node;
            }
            default -> JSON.stringNode(value.toString());
        };
    }
}
