package vn.phananh.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phananh.bench.ElasticsearchHttp;
import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Load;
import vn.phananh.bench.Searchability;
import vn.phananh.bench.Target;
import vn.phananh.bench.running.LatencyStats;
import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;

/**
 * Ingest-to-searchable latency at a steady rate, message by message, split into its stages: the
 * ingest service's answer (request sent to 2xx), Kafka and the stream processor ({@code receivedAt}
 * to {@code enrichedAt}), and the indexer with the index refresh ({@code enrichedAt} until a
 * search finds it). Afterwards the search API must list every accepted message exactly once.
 */
final class SteadyRun {

    private static final Duration SETTLE = Duration.ofMinutes(3);

    record Result(int accepted, long refused, long missing, long duplicates, LatencyStats total, LatencyStats ingest,
            LatencyStats toEnriched, LatencyStats toSearchable, Map<String, Double> cpu, long processorMaxLag,
            long indexerMaxLag) {

        long maxLag() {
            return Math.max(processorMaxLag, indexerMaxLag);
        }
    }

    static Result run(Target target, String mix, double rate, Duration duration) {
        CpuUse cpu = new CpuUse(target.pids());
        KafkaView kafka = new KafkaView(target.kafkaBootstrap());
        StageSampler stages = new StageSampler(kafka, target);
        Load load = Load.steady(target, "steady", mix, rate, duration);
        Map<String, Double> cpuUsed;
        Map<String, VisibilityWatch.Seen> seen;
        try (VisibilityWatch watch = new VisibilityWatch(new ElasticsearchHttp(target.elasticsearchUrl()), load)) {
            load.awaitDone();
            cpuUsed = cpu.since(); // the sending minute only: afterwards the pipeline drains without load
            if (!watch.awaitSeen(load.accepted().size(), SETTLE.toMillis())) {
                System.out.println("[e2e] not every accepted message was found within " + SETTLE + "; last error: "
                        + watch.lastError());
            }
            seen = watch.seen();
        }
        finally {
            stages.close();
            kafka.close();
        }
        long processorMaxLag = stages.samples().stream().mapToLong(StageSample::processorLag).max().orElse(0);
        long indexerMaxLag = stages.samples().stream().mapToLong(StageSample::indexerLag).max().orElse(0);
        List<AcceptedMessage> accepted = load.accepted();
        Map<String, Integer> counts = new Searchability(target).countById(
                accepted.stream().map(AcceptedMessage::feedbackId).toList(), load.startedAt(), null);
        load.refusals().forEach((reason, n) -> System.out.printf("[e2e] refused %d: %s%n", n, reason));
        return new Result(accepted.size(), load.refusals().values().stream().mapToLong(Long::longValue).sum(),
                accepted.size() - counts.size(), counts.values().stream().filter(n -> n > 1).count(),
                stage(accepted, seen, Stage.TOTAL), stage(accepted, seen, Stage.INGEST),
                stage(accepted, seen, Stage.TO_ENRICHED), stage(accepted, seen, Stage.TO_SEARCHABLE), cpuUsed,
                processorMaxLag, indexerMaxLag);
    }

    private enum Stage { TOTAL, INGEST, TO_ENRICHED, TO_SEARCHABLE }

    private static LatencyStats stage(List<AcceptedMessage> accepted, Map<String, VisibilityWatch.Seen> seen, Stage stage) {
        List<Long> millis = new ArrayList<>();
        for (AcceptedMessage m : accepted) {
            VisibilityWatch.Seen s = seen.get(m.feedbackId());
            if (stage == Stage.INGEST) {
                millis.add(m.answeredAtMillis() - m.sentAtMillis());
            }
            else if (s != null) {
                millis.add(switch (stage) {
                    case TOTAL -> s.visibleAtMillis() - m.sentAtMillis();
                    case TO_ENRICHED -> s.enrichedAtMillis() - s.receivedAtMillis();
                    default -> s.visibleAtMillis() - s.enrichedAtMillis();
                });
            }
        }
        return LatencyStats.of(millis);
    }

    private SteadyRun() {
    }
}
