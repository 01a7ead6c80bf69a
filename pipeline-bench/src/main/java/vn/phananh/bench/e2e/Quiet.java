package vn.phananh.bench.e2e;

import java.time.Duration;

import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Target;

/**
 * Waits, between the parts of {@code bench e2e}, until the pipeline has finished the work the last part
 * caused: no topic written for {@value #STILL_SECONDS} s. "All searchable" is not enough: a message's first
 * revision is searchable before its near-duplicate assignment comes back through feedback.clusters.v1 as a
 * second one, and the next part would otherwise measure that tail (issue 15: the steady run began with an
 * indexer lag of 7,051 left by the ingest-alone backlog).
 */
final class Quiet {

    static final int STILL_SECONDS = 3;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    static void await(Target target, String before) {
        long started = System.nanoTime();
        try (KafkaView kafka = new KafkaView(target.kafkaBootstrap())) {
            long last = kafka.allTopicsEndOffsetSum();
            int still = 0;
            while (still < STILL_SECONDS) {
                if (System.nanoTime() - started > TIMEOUT.toNanos()) {
                    System.out.printf("[e2e] the pipeline was still writing after %d s; %s starts anyway%n",
                            TIMEOUT.toSeconds(), before);
                    return;
                }
                sleepSecond();
                long now = kafka.allTopicsEndOffsetSum();
                still = now == last ? still + 1 : 0;
                last = now;
            }
        }
        System.out.printf("[e2e] pipeline quiet before %s (no topic written for %d s) after %.1f s%n", before,
                STILL_SECONDS, (System.nanoTime() - started) / 1e9);
    }

    private static void sleepSecond() {
        try {
            Thread.sleep(1000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline to be quiet", ex);
        }
    }

    private Quiet() {
    }
}
