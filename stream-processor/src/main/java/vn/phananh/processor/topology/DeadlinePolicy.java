package vn.phananh.processor.topology;

import java.time.Instant;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;

/** When a first answer to a feedback is due, decided once at intake by the rules of its unit. */
@FunctionalInterface
public interface DeadlinePolicy {

    Instant dueAt(String unitCode, Kind kind, Topic topic, boolean urgent, Instant openedAt);
}
