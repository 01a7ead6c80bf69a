package vn.phananh.open311;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a GeoReport answer: its XML name and its fields in the specification's order.
 * A field's value is a string, a number, a boolean, {@code null} (an empty XML element, a JSON
 * {@code null}), a nested {@link Element} or {@link Items}. One description serves both formats,
 * so the JSON field names and the XML element names cannot drift apart.
 */
public record Element(String name, Map<String, Object> fields) {

    public Element {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A nested list: in XML a wrapper holding one element named {@code item} per value, in JSON an array. */
    public record Items(String item, List<?> values) {

        public Items {
            values = List.copyOf(values);
        }
    }

    /** Adds fields in the order they are to be written. */
    public static final class Builder {

        private final String name;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder field(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Element build() {
            return new Element(name, fields);
        }
    }
}
