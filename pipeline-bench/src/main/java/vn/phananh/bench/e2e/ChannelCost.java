package vn.phananh.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.phananh.bench.Load;
import vn.phananh.bench.Target;
import vn.phananh.local.ProcessStats;

/**
 * What one message costs the ingest service on each channel: each channel alone, flat out for a
 * few seconds, gives its accept rate and the ingest service's CPU time per accepted message. It
 * shows where ingest time goes (signature checks, password hashing, JSON, the Kafka producer).
 */
final class ChannelCost {

    record Cost(String channel, int accepted, double perSecond, double cpuMillisPerMessage, long refused) {
    }

    static List<Cost> measure(Target target, int concurrency, Duration each) {
        long ingest = target.pids().get("ingest-service");
        List<Cost> costs = new ArrayList<>();
        for (String channel : List.of("fb", "zalo", "api", "desk")) {
            double cpuBefore = ProcessStats.cpuSeconds(ingest);
            Load load = Load.flatOut(target, "cost-" + channel, channel, concurrency, each);
            load.awaitDone();
            double cpu = ProcessStats.cpuSeconds(ingest) - cpuBefore;
            double seconds = Duration.between(load.startedAt(), load.endedAt()).toMillis() / 1000.0;
            int accepted = load.accepted().size();
            long refused = load.refusals().values().stream().mapToLong(Long::longValue).sum();
            Cost cost = new Cost(channel, accepted, accepted / seconds, 1000 * cpu / Math.max(1, accepted), refused);
            System.out.printf("[e2e]   %-5s %5d accepted in %4.1f s = %6.1f/s, ingest CPU %6.1f ms per message, %d refused%n",
                    channel, accepted, seconds, cost.perSecond(), cost.cpuMillisPerMessage(), refused);
            costs.add(cost);
        }
        return costs;
    }

    private ChannelCost() {
    }
}
