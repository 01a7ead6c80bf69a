package vn.phananh.bench.faults;

import java.time.Duration;

/**
 * A service crashes under load: {@code kill -9} of its whole process group, a few seconds down,
 * then started again by the launcher. What was in flight in the killed process must not be lost
 * (Kafka is the record) nor doubled (the processor's exactly-once, the indexer's commit after
 * Elasticsearch acknowledged).
 */
public final class KillService implements FaultScenario {

    /** Long enough for the rest of the pipeline to notice, short beside the restart itself. */
    static final Duration DOWN = Duration.ofSeconds(5);

    private final String part;

    public KillService(String part) {
        this.part = part;
    }

    @Override
    public String name() {
        return "kill-" + part;
    }

    @Override
    public String description() {
        return "kill -9 of " + part + " under load, " + DOWN.toSeconds() + " s down, then started again";
    }

    @Override
    public Verdict run(Drill drill) {
        drill.warmUp();
        drill.faultStarts("kill -9 " + part);
        drill.pipeline("kill", part);
        Drill.pause(DOWN);
        var start = drill.pipeline("start", part);
        drill.figure("restart_s", String.format(java.util.Locale.ROOT, "%.1f", start.took().toMillis() / 1000.0));
        drill.faultEnds();
        return drill.verdict();
    }
}
