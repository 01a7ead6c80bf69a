package vn.phananh.bench.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import vn.phananh.bench.Load;
import vn.phananh.bench.Searchability;
import vn.phananh.bench.Target;
import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;

/**
 * What the ingest service accepts of the same channel mix when nothing after Kafka competes for the
 * cores: the stream processor and the search API are paused (SIGSTOP to their process groups) while
 * the same senders run, then resumed, and the run waits until every accepted message is searchable
 * so the next part starts without a backlog. The pause is shorter than any consumer session timeout:
 * nothing is rebalanced, nothing lost. The denominator of {@code e2e_vs_ingest}.
 */
final class IngestAlone {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(6);

    record Result(int accepted, double seconds, long refused, long missing, double drainSeconds) {

        double rate() {
            return accepted / seconds;
        }
    }

    static Result run(Target target, String mix, int concurrency, Duration duration) {
        List<Long> paused = List.of(target.pids().get("stream-processor"), target.pids().get("search-api"));
        Load load;
        signal("STOP", paused);
        try {
            load = Load.flatOut(target, "ingest-alone", mix, concurrency, duration);
            load.awaitDone();
        }
        finally {
            signal("CONT", paused);
        }
        double seconds = Duration.between(load.startedAt(), load.endedAt()).toMillis() / 1000.0;
        long resumed = System.nanoTime();
        List<String> ids = load.accepted().stream().map(AcceptedMessage::feedbackId).toList();
        Searchability search = new Searchability(target);
        boolean drained = search.awaitVisible(ids, DRAIN_TIMEOUT).isPresent();
        double drainSeconds = (System.nanoTime() - resumed) / 1e9;
        long missing = drained ? 0 : ids.size() - search.countById(ids, load.startedAt(), null).size();
        long refused = load.refusals().values().stream().mapToLong(Long::longValue).sum();
        load.refusals().forEach((reason, n) -> System.out.printf("[e2e] ingest alone refused %d: %s%n", n, reason));
        System.out.printf("[e2e] ingest alone: %d accepted in %.1f s = %.0f/s (processor and indexer paused);"
                + " afterwards all searchable %.1f s after resuming%s%n", ids.size(), seconds, ids.size() / seconds,
                drainSeconds, missing == 0 ? "" : ", " + missing + " NOT found");
        return new Result(ids.size(), seconds, refused, missing, drainSeconds);
    }

    private static void signal(String signal, List<Long> processGroups) {
        for (long pgid : processGroups) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + pgid).inheritIO().start();
                if (kill.waitFor() != 0) {
                    throw new IllegalStateException("kill -" + signal + " -" + pgid + " failed");
                }
            }
            catch (IOException ex) {
                throw new IllegalStateException("kill -" + signal + " -" + pgid + ": " + ex.getMessage(), ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while signalling " + pgid, ex);
            }
        }
    }

    private IngestAlone() {
    }
}
