package vn.phananh.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.phananh.schema.Topics;

/**
 * Poison records written straight into every topic under load. The topics something reads must
 * dead-letter exactly these records, each with its source and reason, and go on; the others
 * (nothing in the pipeline reads them) keep them unread. Which groups read which topic is taken
 * from the broker's committed offsets and must agree with what the drill expects.
 */
public final class PoisonRecords implements FaultScenario {

    private static final List<String> TOPICS = List.of(Topics.RAW_NAME, Topics.STATUS_NAME, Topics.ENRICHED_NAME,
            Topics.ALERTS_NAME, Topics.CHANNEL_EVENTS_NAME, Topics.DLQ_NAME);

    @Override
    public String name() {
        return "poison-records";
    }

    @Override
    public String description() {
        return "undecodable, truncated, misplaced, empty and invalid records written straight into every topic under load";
    }

    @Override
    public Verdict run(Drill drill) {
        drill.warmUp();
        drill.faultStarts("poison records into every topic");
        List<Poison> written = new PoisonBatch(drill.kafka(), drill.target(), drill.runId()).write();
        written.forEach(p -> drill.say("  wrote %s%s", p.describe(), p.expectsDeadLetter() ? "" : " (no consumer)"));
        drill.expectDeadLetters(written.stream().filter(Poison::expectsDeadLetter).toList());
        drill.figure("poison_written", written.size());
        drill.faultEnds();
        checkReaders(drill, written);
        return drill.verdict();
    }

    /** Who reads each topic, from the broker: a dead letter is expected exactly where a group reads. */
    private static void checkReaders(Drill drill, List<Poison> written) {
        Map<String, Set<String>> readers = drill.kafka().groupsByTopic();
        TOPICS.forEach(topic -> drill.note(topic + " is read by " + readers.getOrDefault(topic, Set.of())));
        for (Poison p : written) {
            Set<String> groups = readers.getOrDefault(p.topic(), Set.of());
            boolean agrees = p.group() == null ? groups.isEmpty() : groups.contains(p.group());
            if (!agrees) {
                drill.problem(p.topic() + " is read by " + groups + ", but the drill expected "
                        + (p.group() == null ? "no reader" : p.group()));
            }
        }
    }
}
