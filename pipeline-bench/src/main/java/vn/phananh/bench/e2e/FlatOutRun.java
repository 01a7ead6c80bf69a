package vn.phananh.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Load;
import vn.phananh.bench.Searchability;
import vn.phananh.bench.Target;
import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;

/**
 * The pipeline flat out: {@code concurrency} senders through every channel for a while, then
 * waiting until every accepted message is searchable. Sustained rate = accepted messages that
 * became searchable ÷ time from the first send to the last one searchable. Meanwhile each stage's
 * progress is sampled every second and each part's CPU time is taken, to show where the time goes.
 */
final class FlatOutRun {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(6);

    record Result(long sent, int accepted, long refused, int searchable, long missing, long duplicates,
            double sendSeconds, double toLastSearchableSeconds, Bottleneck bottleneck, Map<String, Double> cpu) {

        double acceptRate() {
            return accepted / sendSeconds;
        }

        double sustainedRate() {
            return searchable / toLastSearchableSeconds;
        }
    }

    static Result run(Target target, String mix, int concurrency, Duration duration) {
        Searchability search = new Searchability(target);
        try (KafkaView kafka = new KafkaView(target.kafkaBootstrap())) {
            CpuUse cpu = new CpuUse(target.pids());
            StageSampler stages = new StageSampler(kafka, target);
            Load load = Load.flatOut(target, "flat", mix, concurrency, duration);
            load.awaitDone();
            Instant first = load.startedAt();
            double sendSeconds = Duration.between(first, load.endedAt()).toMillis() / 1000.0;
            List<String> ids = load.accepted().stream().map(AcceptedMessage::feedbackId).toList();
            System.out.printf("[e2e] sending done: %d accepted in %.1f s; waiting until all are searchable%n", ids.size(),
                    sendSeconds);
            Optional<Instant> last = search.awaitVisible(ids, DRAIN_TIMEOUT);
            // The CPU the messages cost includes what follows their first searchable revision (the
            // near-duplicate assignments and their second revisions): counted until nothing is written.
            Quiet.await(target, "the end of the flat-out run's CPU count");
            Map<String, Double> cpuUsed = cpu.since();
            stages.close();
            Map<String, Integer> counts = search.countById(ids, first, null);
            long refused = load.refusals().values().stream().mapToLong(Long::longValue).sum();
            load.refusals().forEach((reason, n) -> System.out.printf("[e2e] refused %d: %s%n", n, reason));
            double toLast = Duration.between(first, last.orElse(Instant.now())).toMillis() / 1000.0;
            return new Result(load.sent(), ids.size(), refused, counts.size(), ids.size() - counts.size(),
                    counts.values().stream().filter(n -> n > 1).count(), sendSeconds, toLast,
                    Bottleneck.from(stages.samples(), sendSeconds), cpuUsed);
        }
    }

    private FlatOutRun() {
    }
}
