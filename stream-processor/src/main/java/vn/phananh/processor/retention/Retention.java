package vn.phananh.processor.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.schema.Topics;
import vn.phananh.units.UnitRegistry;

/**
 * {@code ./pipeline retention [--dry-run] [--unit CODE]}: removes the personal data of feedback
 * older than its unit's period (unit file {@code retention.personalDataDays}, 730 days by default).
 * It writes, for each such feedback, an anonymised revision to {@code feedback.raw.v1} with the
 * same key; the processor turns it into an anonymised state (revision + 1) on the compacted
 * {@code feedback.enriched.v1}, the indexer into the document, and compaction removes the earlier
 * records. Shows counts per unit, topic and index and a few ids, never the data. Safe to interrupt
 * and run again: what is anonymised already is not written twice.
 */
public final class Retention {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration NO_PROGRESS = Duration.ofMinutes(2);
    private static final int SAMPLE = 5;

    private final String bootstrap = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private final String applicationId = env("PHANANH_PROCESSOR_APPLICATION_ID", "phananh-stream-processor");
    private final IndexCounts index = new IndexCounts(env("ELASTICSEARCH_URL", "http://127.0.0.1:9200").split(",")[0],
            env("FEEDBACK_ALIAS", "feedback"));
    private final boolean dryRun;
    private final Optional<String> onlyUnit;

    private Retention(boolean dryRun, Optional<String> onlyUnit) {
        this.dryRun = dryRun;
        this.onlyUnit = onlyUnit;
    }

    public static void main(String[] args) throws Exception {
        // The Kafka clients' own lines are for the services' logs, not for the operator's terminal.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        boolean dryRun = false;
        Optional<String> unit = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--unit" -> unit = Optional.of(i + 1 < args.length ? args[++i] : "");
                default -> fail(2, "unknown option " + args[i] + "; usage: ./pipeline retention [--dry-run] [--unit CODE]");
            }
        }
        new Retention(dryRun, unit).run();
    }

    private void run() throws Exception {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        RetentionPolicy policy;
        try (UnitRegistry units = new UnitRegistry(bootstrap, Topics.UNITS_NAME).start(TIMEOUT)) {
            policy = RetentionPolicy.of(units.current(), now);
        }
        if (onlyUnit.isPresent() && !policy.daysByUnit().containsKey(onlyUnit.get())) {
            fail(2, "no unit " + onlyUnit.get() + " on " + Topics.UNITS_NAME + " (./pipeline unit list)");
        }
        say("%s: personal data older than each unit's period, as of %s", dryRun ? "dry run, nothing is changed" : "anonymising", now);
        Map<String, RawFeedback> raw = TopicSnapshot.latest(bootstrap, Topics.RAW);
        Map<String, EnrichedFeedback> enriched = TopicSnapshot.latest(bootstrap, Topics.ENRICHED);
        say("read %d feedback on %s, %d on %s", raw.size(), Topics.RAW_NAME, enriched.size(), Topics.ENRICHED_NAME);
        RetentionPlan plan = RetentionPlan.of(raw, enriched, policy, onlyUnit, now);
        long inIndex = report(plan, policy);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            new CompactionSettings(admin).ensure(CompactionSettings.topics(applicationId), dryRun).forEach(Retention::say);
        }
        if (dryRun) {
            result(plan, inIndex, 0);
            return;
        }
        int written = plan.items().isEmpty() ? 0 : write(plan.writes());
        if (plan.items().isEmpty()) {
            say("nothing to anonymise");
        }
        waitForIndex(plan, policy);
        say("done: the index holds no personal data past the periods; compaction removes the earlier records from "
                + "the compacted topics within %d days", Topics.MAX_COMPACTION_LAG_MS / 86_400_000);
        result(plan, inIndex, written);
    }

    /** One line per unit: feedback with personal data past the period in each topic and the index, and a few ids. */
    private long report(RetentionPlan plan, RetentionPolicy policy) throws Exception {
        Map<String, RetentionPlan.Counts> counts = plan.countsByUnit();
        long indexTotal = 0;
        for (String unit : units(plan, policy)) {
            RetentionPlan.Counts c = counts.getOrDefault(unit, new RetentionPlan.Counts(0, 0));
            long inIndex = index.count(unit, policy.cutoff(unit));
            indexTotal += inIndex;
            List<String> ids = plan.sampleIds(unit, SAMPLE);
            if (ids.isEmpty()) {
                ids = index.sampleIds(unit, policy.cutoff(unit), SAMPLE);
            }
            say("%s (%d days, received before %s): %s %d, %s %d, index %d%s", unit, policy.days(unit),
                    policy.cutoff(unit), Topics.RAW_NAME, c.raw(), Topics.ENRICHED_NAME, c.enriched(), inIndex,
                    ids.isEmpty() ? "" : "; e.g. " + String.join(", ", ids));
        }
        return indexTotal;
    }

    private TreeSet<String> units(RetentionPlan plan, RetentionPolicy policy) {
        TreeSet<String> units = new TreeSet<>(policy.daysByUnit().keySet());
        units.addAll(plan.countsByUnit().keySet());
        onlyUnit.ifPresent(u -> units.retainAll(List.of(u)));
        return units;
    }

    /** The anonymised revisions, each with its feedback's key (so the same partition and compaction replaces the earlier). */
    private int write(List<RawFeedback> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, RawFeedback> producer = new KafkaProducer<>(config, Topics.RAW.keySerde().serializer(),
                Topics.RAW.valueSerde().serializer())) {
            int sent = 0;
            for (RawFeedback record : records) {
                producer.send(new ProducerRecord<>(Topics.RAW_NAME, record.getFeedbackId(), record));
                if (++sent % 500 == 0) {
                    producer.flush();
                    say("wrote %d of %d anonymised revisions to %s", sent, records.size(), Topics.RAW_NAME);
                }
            }
            producer.flush();
            say("wrote %d anonymised revisions to %s; waiting for the processor and the index", sent, Topics.RAW_NAME);
            return sent;
        }
    }

    /** Until no document of the planned units past its period holds personal data; fails when nothing moves for two minutes. */
    private void waitForIndex(RetentionPlan plan, RetentionPolicy policy) throws Exception {
        long last = -1;
        Instant moved = Instant.now();
        while (true) {
            long left = 0;
            for (String unit : plan.countsByUnit().keySet()) {
                left += index.count(unit, policy.cutoff(unit));
            }
            if (left == 0) {
                return;
            }
            if (left != last) {
                say("index: %d documents still to anonymise", left);
                last = left;
                moved = Instant.now();
            }
            else if (Instant.now().isAfter(moved.plus(NO_PROGRESS))) {
                fail(1, "the index made no progress for two minutes (" + left + " left); are the stream processor and "
                        + "the search API running? (./pipeline status) Running this again carries on.");
            }
            Thread.sleep(1000);
        }
    }

    private void result(RetentionPlan plan, long inIndex, int written) {
        long rawCount = plan.items().stream().filter(RetentionPlan.Item::inRaw).count();
        long enrichedCount = plan.items().stream().filter(RetentionPlan.Item::inEnriched).count();
        System.out.printf("RESULT dry_run=%s feedback=%d raw=%d enriched=%d index=%d written=%d%n", dryRun,
                plan.items().size(), rawCount, enrichedCount, inIndex, written);
    }

    private static void say(String format, Object... args) {
        System.out.printf("[retention] " + format + "%n", args);
    }

    private static void fail(int code, String message) {
        System.err.println("[retention] " + message);
        System.exit(code);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
