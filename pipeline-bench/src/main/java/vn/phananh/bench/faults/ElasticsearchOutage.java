package vn.phananh.bench.faults;

import java.time.Duration;

/**
 * Elasticsearch stopped for a minute under load, then started again. Ingest and processing go on
 * into Kafka; the indexer must hold its offsets and retry until the node is back, then index the
 * backlog without losing or doubling anything.
 */
public final class ElasticsearchOutage implements FaultScenario {

    static final Duration OUTAGE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "elasticsearch-outage";
    }

    @Override
    public String description() {
        return "Elasticsearch stopped for " + OUTAGE.toSeconds() + " s under load, then started again";
    }

    @Override
    public Verdict run(Drill drill) {
        drill.warmUp();
        drill.faultStarts("Elasticsearch stopped");
        drill.pipeline("stop", "elasticsearch");
        Drill.pause(OUTAGE);
        var start = drill.pipeline("start", "elasticsearch");
        drill.figure("restart_s", String.format(java.util.Locale.ROOT, "%.1f", start.took().toMillis() / 1000.0));
        drill.faultEnds();
        return drill.verdict();
    }
}
