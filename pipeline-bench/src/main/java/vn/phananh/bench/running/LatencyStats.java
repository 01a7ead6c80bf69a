package vn.phananh.bench.running;

import java.util.Arrays;
import java.util.Collection;

/**
 * Order statistics of a set of latencies (any unit): nearest-rank percentiles, so every reported
 * percentile is a latency that was actually measured, and p100 is the maximum.
 */
public final class LatencyStats {

    private final long[] sorted;

    private LatencyStats(long[] sorted) {
        this.sorted = sorted;
    }

    public static LatencyStats of(Collection<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new LatencyStats(sorted);
    }

    public static LatencyStats of(long... values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The smallest value with at least {@code p} percent of all values at or below it (nearest rank). */
    public long percentile(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("No values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("A percentile is in (0, 100], not " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long min() {
        if (sorted.length == 0) {
            throw new IllegalStateException("No values");
        }
        return sorted[0];
    }

    public long max() {
        return percentile(100);
    }

    public double mean() {
        return Arrays.stream(sorted).average().orElseThrow(() -> new IllegalStateException("No values"));
    }

    /** {@code prefix_p50=… prefix_p95=… prefix_p99=… prefix_max=…}, or {@code n/a} for each when empty. */
    public String keyValues(String prefix) {
        if (sorted.length == 0) {
            return prefix + "_p50=n/a " + prefix + "_p95=n/a " + prefix + "_p99=n/a " + prefix + "_max=n/a";
        }
        return prefix + "_p50=" + percentile(50) + " " + prefix + "_p95=" + percentile(95) + " " + prefix + "_p99="
                + percentile(99) + " " + prefix + "_max=" + max();
    }
}
