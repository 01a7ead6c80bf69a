package vn.phananh.bench.e2e;

import java.util.List;
import java.util.Map;

import vn.phananh.bench.running.LatencyStats;

/** The end of {@code ./pipeline bench e2e}: every figure on one line each, with the goals and the bottleneck. */
final class Summary {

    static void print(double startSeconds, FlatOutRun.Result flat, int docs, double[] rawRates, double ratio,
            IngestAlone.Result alone, double vsIngest, double rate,
            SteadyRun.Result steady, Map<String, Long> idle, Map<String, Long> loaded, List<ChannelCost.Cost> costs) {
        double rawRate = Math.max(rawRates[0], rawRates[1]);
        Bottleneck b = flat.bottleneck();
        line("start command to ready", "%.1f s (./pipeline up --detach --no-demo, fresh data directory)", startSeconds);
        line("raw Elasticsearch bulk", "%.0f docs/s (the run's %d documents, better of 1 and 2 threads, median of 3 rounds each: %.0f, %.0f)", rawRate,
                docs, rawRates[0], rawRates[1]);
        line("end to end flat out", "%.1f msg/s sustained (%d accepted in %.1f s = %.0f/s accepted; last searchable %.1f s"
                + " after the first send; %d refused, %d missing, %d duplicated)", flat.sustainedRate(), flat.accepted(),
                flat.sendSeconds(), flat.acceptRate(), flat.toLastSearchableSeconds(), flat.refused(), flat.missing(),
                flat.duplicates());
        line("ratio", "%.3f (goal >= %.1f: %s)", ratio, EndToEndBenchmark.RATIO_GOAL,
                ratio >= EndToEndBenchmark.RATIO_GOAL ? "met" : "NOT met");
        line("ingest alone, same mix", "%.0f msg/s accepted (processor and indexer paused; %d accepted in %.1f s, %d refused)",
                alone.rate(), alone.accepted(), alone.seconds(), alone.refused());
        line("e2e vs ingest", "%.2f (goal >= %.1f: %s)", vsIngest, EndToEndBenchmark.VS_INGEST_GOAL,
                vsIngest >= EndToEndBenchmark.VS_INGEST_GOAL ? "met" : "NOT met");
        double cpuMs = pipelineCpuMillisPerMessage(flat);
        line("CPU per message", "%.2f ms, all the pipeline's processes, flat out (goal <= %.1f ms: %s)", cpuMs,
                EndToEndBenchmark.CPU_GOAL_MS, cpuMs <= EndToEndBenchmark.CPU_GOAL_MS ? "met" : "NOT met");
        LatencyStats total = steady.total();
        double p99 = total.count() == 0 ? Double.NaN : total.percentile(99) / 1000.0;
        line("latency at " + (int) rate + " msg/s", "%s (goal p99 <= %.1f s: %s); %d accepted, %d refused, %d missing,"
                + " %d duplicated; resolution %d ms", seconds(total), EndToEndBenchmark.P99_GOAL_SECONDS,
                p99 <= EndToEndBenchmark.P99_GOAL_SECONDS ? "met" : "NOT met", steady.accepted(), steady.refused(),
                steady.missing(), steady.duplicates(), VisibilityWatch.POLL_MILLIS);
        line("  of which ingest answer", "%s (request sent to 2xx)", seconds(steady.ingest()));
        line("  Kafka + stream processor", "%s (receivedAt to enrichedAt)", seconds(steady.toEnriched()));
        line("  indexer + refresh", "%s (enrichedAt until a search finds it)", seconds(steady.toSearchable()));
        line("  consumer lag, steady", "processor at most %d records, indexer at most %d", steady.processorMaxLag(),
                steady.indexerMaxLag());
        line("memory after start", "%s", Memory.describe(idle));
        line("memory after the load", "%s", Memory.describe(loaded));
        line("flat-out stage rates", "ingest accepted %.0f/s; backlogged, the processor committed %.0f/s while sending and"
                + " %.0f/s after (max lag %d), the indexer %.0f/s and %.0f/s (max lag %d)", b.ingestRate(),
                b.processor().whileSending(), b.processor().afterSending(), b.processorMaxLag(), b.indexer().whileSending(),
                b.indexer().afterSending(), b.indexerMaxLag());
        line("bottleneck", "%s: %s", b.stage(), b.evidence());
        line("CPU", "%s", cpuVerdict(flat));
        costs.forEach(c -> line("ingest cost " + c.channel(), "%.1f ms CPU per message (%.0f/s alone, 8 senders)",
                c.cpuMillisPerMessage(), c.perSecond()));
    }

    /**
     * The machine-level view: how busy the cores were during the flat-out run, and what every
     * message cost in CPU across the pipeline's processes, which bounds the rate on these cores.
     */
    private static String cpuVerdict(FlatOutRun.Result flat) {
        Map<String, Double> cpu = flat.cpu();
        double wall = cpu.get("wall");
        double msPerMessage = pipelineCpuMillisPerMessage(flat);
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("the machine was busy %.2f of %d cores during the flat-out run; the pipeline's processes spent"
                + " %.1f ms CPU per message, so %d cores with nothing else on them could carry at most %.0f msg/s",
                cpu.get("machine") / wall, cores, msPerMessage, cores, cores * 1000 / msPerMessage);
    }

    /** CPU milliseconds the pipeline's processes (not the load generator) spent per accepted message flat out, drain included. */
    static double pipelineCpuMillisPerMessage(FlatOutRun.Result flat) {
        double pipeline = flat.cpu().entrySet().stream()
                .filter(e -> !List.of("wall", "machine", CpuUse.LOAD).contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        return 1000 * pipeline / Math.max(1, flat.accepted());
    }

    private static String seconds(LatencyStats stats) {
        if (stats.count() == 0) {
            return "no values";
        }
        return String.format("p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s", stats.percentile(50) / 1000.0,
                stats.percentile(95) / 1000.0, stats.percentile(99) / 1000.0, stats.max() / 1000.0);
    }

    private static void line(String name, String format, Object... args) {
        System.out.printf("[e2e] %-28s %s%n", name, String.format(format, args));
    }

    private Summary() {
    }
}
