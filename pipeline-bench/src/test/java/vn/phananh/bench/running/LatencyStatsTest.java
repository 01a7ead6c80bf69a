package vn.phananh.bench.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyStatsTest {

    // The nearest-rank example: 15, 20, 35, 40, 50.
    @ParameterizedTest
    @CsvSource({ "5,15", "30,20", "40,20", "50,35", "75,40", "100,50" })
    void takesTheNearestRank(double p, long expected) {
        assertThat(LatencyStats.of(40, 15, 50, 35, 20).percentile(p)).isEqualTo(expected);
    }

    @Test
    void reportsMeasuredValuesOfAHundred() {
        LatencyStats stats = LatencyStats.of(LongStream.rangeClosed(1, 100).boxed().toList());

        assertThat(stats.percentile(50)).isEqualTo(50);
        assertThat(stats.percentile(95)).isEqualTo(95);
        assertThat(stats.percentile(99)).isEqualTo(99);
        assertThat(stats.percentile(99.9)).isEqualTo(100);
        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(100);
        assertThat(stats.mean()).isEqualTo(50.5);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        LatencyStats stats = LatencyStats.of(List.of(7L));

        assertThat(stats.percentile(1)).isEqualTo(7);
        assertThat(stats.percentile(99)).isEqualTo(7);
    }

    @Test
    void writesKeyValuesAndNotApplicableWhenEmpty() {
        assertThat(LatencyStats.of(List.of(1L, 2L, 3L, 4L)).keyValues("searchable_ms"))
                .isEqualTo("searchable_ms_p50=2 searchable_ms_p95=4 searchable_ms_p99=4 searchable_ms_max=4");
        assertThat(LatencyStats.of(List.of()).keyValues("x")).isEqualTo("x_p50=n/a x_p95=n/a x_p99=n/a x_max=n/a");
    }

    @Test
    void refusesPercentilesOutsideTheRangeAndEmptySets() {
        assertThatThrownBy(() -> LatencyStats.of(1, 2).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.of(1, 2).percentile(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.of().percentile(50)).isInstanceOf(IllegalStateException.class);
    }
}
