package vn.phananh.bench.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * A burst: ten times the steady rate for a minute (a storm, a viral post), beside the steady load.
 * Whatever the pipeline cannot take at once must wait in Kafka and come through afterwards.
 */
public final class Burst implements FaultScenario {

    static final Duration LENGTH = Duration.ofSeconds(60);
    static final int FACTOR = 10;

    @Override
    public String name() {
        return "burst";
    }

    @Override
    public String description() {
        return FACTOR + "x the steady rate for " + LENGTH.toSeconds() + " s";
    }

    @Override
    public Verdict run(Drill drill) {
        drill.warmUp();
        double extra = drill.rate() * (FACTOR - 1);
        drill.faultStarts(String.format(Locale.ROOT, "burst to %.0f msg/s", drill.rate() * FACTOR));
        var burst = drill.extraLoad(extra, LENGTH);
        burst.awaitDone();
        double seconds = Duration.between(burst.startedAt(), burst.endedAt()).toMillis() / 1000.0;
        drill.figure("burst_accepted", burst.accepted().size());
        drill.figure("burst_send_rate", String.format(Locale.ROOT, "%.0f", burst.sent() / seconds + drill.rate()));
        drill.faultEnds();
        return drill.verdict();
    }
}
