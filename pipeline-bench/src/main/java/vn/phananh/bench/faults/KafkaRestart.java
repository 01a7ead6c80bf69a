package vn.phananh.bench.faults;

/**
 * The Kafka broker restarted under load (a clean stop, then a start on the same log directory).
 * While it is away the ingest service must refuse (503, so channels retry) rather than accept and
 * lose; afterwards every client must reconnect on its own.
 */
public final class KafkaRestart implements FaultScenario {

    @Override
    public String name() {
        return "kafka-restart";
    }

    @Override
    public String description() {
        return "the Kafka broker stopped and started again under load";
    }

    @Override
    public Verdict run(Drill drill) {
        drill.warmUp();
        drill.faultStarts("Kafka broker restart");
        drill.pipeline("stop", "kafka");
        var start = drill.pipeline("start", "kafka");
        drill.figure("restart_s", String.format(java.util.Locale.ROOT, "%.1f", start.took().toMillis() / 1000.0));
        drill.faultEnds();
        return drill.verdict();
    }
}
