package vn.phananh.processor.trends;

/**
 * When an hourly count is a spike: at least {@code minCount} feedback and at least {@code factor}
 * times the mean of the previous {@code baselineHours} hourly windows (empty hours count as 0).
 */
public record SpikeRule(int minCount, double factor, int baselineHours) {

    public static SpikeRule defaults() {
        return new SpikeRule(5, 3.0, 24);
    }

    public boolean isSpike(long count, double baseline) {
        return count >= minCount && count >= factor * baseline;
    }
}
