package vn.phananh.bench.faults;

import java.nio.charset.StandardCharsets;

/**
 * A poison record written straight into a topic: what kind of bad it is, where it landed, and the
 * consumer group that reads the topic (null when none does, so no dead letter is expected).
 */
record Poison(String topic, String kind, String group, byte[] key, byte[] value, int partition, long offset) {

    boolean expectsDeadLetter() {
        return group != null;
    }

    String describe() {
        return topic + "-" + partition + "@" + offset + " " + kind + " (key " + new String(key, StandardCharsets.UTF_8)
                + ", " + (value == null ? "null value" : value.length + " bytes") + ")";
    }
}
