package vn.phananh.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.phananh.bench.ElasticsearchHttp;
import vn.phananh.bench.FreshPipeline;
import vn.phananh.bench.Load;
import vn.phananh.bench.Options;
import vn.phananh.bench.Target;

/**
 * {@code ./pipeline bench e2e}: the whole pipeline on this machine, started fresh as an operator
 * starts it. Prints the time from the start command to ready; the end-to-end sustained rate flat
 * out beside the raw Elasticsearch bulk rate of the same documents, and their ratio; the
 * ingest-to-searchable latency at a steady rate, split by stage; the resident memory of every
 * process; and which stage limits the pipeline, with the evidence. Last line:
 * {@code RESULT e2e_ratio= cpu_ms_per_msg= e2e_vs_ingest= p99_latency_s= max_lag= rss_mib=}: the flat-out
 * rate against raw bulk, the pipeline's processes' CPU per message flat out, the flat-out rate against
 * what ingest alone accepts of the same mix, the steady run's p99, its largest consumer lag of any
 * stage, and the resident memory after the load. Exits 1 when a message was lost or
 * doubled (then the figures mean nothing), else 0, whether or not the goals are met.
 */
public final class EndToEndBenchmark {

    static final double RATIO_GOAL = 0.5;
    static final double VS_INGEST_GOAL = 0.6;
    static final double CPU_GOAL_MS = 1.5;
    static final double P99_GOAL_SECONDS = 1.5;

    public static int main(Options options) {
        int flatSeconds = (int) options.number("--flat-out-seconds", 45);
        int concurrency = (int) options.number("--concurrency", 32);
        double rate = options.number("--rate", 200);
        int steadySeconds = (int) options.number("--steady-seconds", 60);
        // Webhooks and the integration API by default: what one desk message costs is measured apart (last).
        String mix = options.values().getOrDefault("--mix", Load.VOLUME_MIX);
        machine();
        try (FreshPipeline pipeline = FreshPipeline.start(options.root(), options.dataDir("e2e-data"))) {
            Target target = pipeline.target();
            double startSeconds = pipeline.startToReady().toMillis() / 1000.0;
            System.out.printf("[e2e] start command to ready: %.1f s%n", startSeconds);
            Map<String, Long> idle = Memory.now(target);
            System.out.println("[e2e] memory after start: " + Memory.describe(idle));

            System.out.printf("[e2e] == flat out: %d senders for %d s through %s ==%n", concurrency, flatSeconds, mix);
            FlatOutRun.Result flat = FlatOutRun.run(target, mix, concurrency, Duration.ofSeconds(flatSeconds));
            CpuUse.print("flat-out run", flat.cpu(), flat.accepted());

            System.out.println("[e2e] == raw Elasticsearch bulk of the same documents ==");
            RawBulk raw = new RawBulk(new ElasticsearchHttp(target.elasticsearchUrl()));
            List<RawBulk.Doc> docs = raw.fetchAll();
            double[] rawRates = { raw.medianRate(docs, 1), raw.medianRate(docs, 2) };
            System.out.printf("[e2e] raw bulk of %d documents (%d per request, median of 3 rounds): 1 thread %.0f docs/s,"
                    + " 2 threads %.0f docs/s%n",
                    docs.size(), RawBulk.BULK, rawRates[0], rawRates[1]);

            Quiet.await(target, "ingest alone");
            System.out.printf("[e2e] == ingest alone: the same %d senders for 15 s through %s, processor and indexer paused ==%n",
                    concurrency, mix);
            IngestAlone.Result alone = IngestAlone.run(target, mix, concurrency, Duration.ofSeconds(15));

            Quiet.await(target, "the steady run");
            System.out.printf("[e2e] == steady %.0f msg/s for %d s through %s ==%n", rate, steadySeconds, mix);
            SteadyRun.Result steady = SteadyRun.run(target, mix, rate, Duration.ofSeconds(steadySeconds));
            CpuUse.print("steady run", steady.cpu(), steady.accepted());
            Map<String, Long> loaded = Memory.now(target);

            Quiet.await(target, "the channel costs");
            System.out.println("[e2e] == ingest cost per channel: each alone, 8 senders for 10 s ==");
            List<ChannelCost.Cost> costs = ChannelCost.measure(target, 8, Duration.ofSeconds(10));

            double ratio = flat.sustainedRate() / Math.max(rawRates[0], rawRates[1]);
            double p99 = steady.total().count() == 0 ? Double.NaN : steady.total().percentile(99) / 1000.0;
            double vsIngest = flat.sustainedRate() / Math.max(0.001, alone.rate());
            Summary.print(startSeconds, flat, docs.size(), rawRates, ratio, alone, vsIngest, rate, steady, idle, loaded, costs);
            boolean exact = flat.missing() == 0 && flat.duplicates() == 0 && steady.missing() == 0 && steady.duplicates() == 0
                    && alone.missing() == 0;
            if (!exact) {
                System.out.println("[e2e] NOT every accepted message was searchable exactly once: the figures above are void.");
            }
            System.out.println(String.format(Locale.ROOT,
                    "RESULT e2e_ratio=%.3f cpu_ms_per_msg=%.2f e2e_vs_ingest=%.2f p99_latency_s=%.2f max_lag=%d rss_mib=%d",
                    ratio, Summary.pipelineCpuMillisPerMessage(flat), vsIngest, p99, steady.maxLag(), Memory.total(loaded)));
            return exact ? 0 : 1;
        }
    }

    /** What else runs on the machine: a busy machine lowers every figure. */
    private static void machine() {
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            System.out.printf("[e2e] machine: %d cores, load average %s (other work running now lowers every figure)%n",
                    Runtime.getRuntime().availableProcessors(), load);
        }
        catch (IOException ex) {
            // not Linux: nothing to say
        }
    }

    private EndToEndBenchmark() {
    }
}
