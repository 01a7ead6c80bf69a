package vn.phananh.ingest.http;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import vn.phananh.avro.Channel;
import vn.phananh.web.ProblemType;

/**
 * Typed reads of JSON fields for the channel mappers. Channel ids are kept as strings even when
 * sent as numbers; a field of the wrong type is a wrong shape (400) named by its field only.
 */
public final class JsonFields {

    private static final long MAX_EPOCH_SECONDS = Long.MAX_VALUE / 1000;

    /** A string (or integral number) field, or null when absent or JSON null. */
    public static String text(JsonNode parent, String field, Channel channel) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.asString();
        }
        throw wrongType(field, "a string", channel);
    }

    /** A string field that must be present and not blank. */
    public static String requiredText(JsonNode parent, String field, Channel channel) {
        String value = text(parent, field, channel);
        if (value == null || value.isBlank()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, channel, "Field " + field + " is required");
        }
        return value;
    }

    /** A field that must be a JSON string, present and not blank (names, not ids: a number is a wrong shape). */
    public static String requiredString(JsonNode parent, String field, Channel channel) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, channel, "Field " + field + " must be a non-empty string");
        }
        return node.stringValue();
    }

    /** An object field, or an empty-object stand-in (a missing node) when absent. */
    public static JsonNode object(JsonNode parent, String field, Channel channel) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull() || node.isObject()) {
            return node.isNull() ? MissingNode.getInstance() : node;
        }
        throw wrongType(field, "an object", channel);
    }

    /** An array field as a list of nodes; empty when absent. */
    public static List<JsonNode> array(JsonNode parent, String field, Channel channel) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrongType(field, "an array", channel);
        }
        return List.copyOf(node.values());
    }

    /** An array of objects; any element that is not an object is a wrong shape. */
    public static List<JsonNode> objects(JsonNode parent, String field, Channel channel) {
        List<JsonNode> items = array(parent, field, channel);
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw wrongType(field + "[]", "an object", channel);
            }
        }
        return items;
    }

    /** A whole number given as a JSON number or a numeric string, or null when absent. */
    public static Long number(JsonNode parent, String field, Channel channel) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isString()) {
            try {
                return Long.parseLong(node.stringValue());
            }
            catch (NumberFormatException ex) {
                throw wrongType(field, "a whole number", channel);
            }
        }
        throw wrongType(field, "a whole number", channel);
    }

    /**
     * A time in whole seconds since the epoch, or null when absent. A time that no millisecond
     * timestamp can hold (the records store milliseconds) is a wrong shape, not a server error.
     */
    public static Instant epochSeconds(JsonNode parent, String field, Channel channel) {
        Long seconds = number(parent, field, channel);
        if (seconds == null) {
            return null;
        }
        if (seconds > MAX_EPOCH_SECONDS || seconds < -MAX_EPOCH_SECONDS) {
            throw wrongType(field, "a time in seconds", channel);
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** A decimal given as a JSON number or a numeric string, or null when absent. */
    public static Double decimal(JsonNode parent, String field, Channel channel) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            double value = node.isNumber() ? node.doubleValue()
                    : node.isString() ? Double.parseDouble(node.stringValue()) : Double.NaN;
            if (Double.isFinite(value)) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // falls through to the shape error
        }
        throw wrongType(field, "a number", channel);
    }

    /** Whether a boolean field is true (absent counts as false). */
    public static boolean flag(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isBoolean() && node.booleanValue();
    }

    /** The JSON path of a binding error, for a 400 detail that names no content. */
    public static String pathOf(JacksonException ex) {
        String path = ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(root)" : path;
    }

    private static IngestException wrongType(String field, String expected, Channel channel) {
        return new IngestException(ProblemType.INVALID_PAYLOAD, channel, "Field " + field + " must be " + expected);
    }

    private JsonFields() {
    }
}
