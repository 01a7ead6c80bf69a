package vn.phananh.search.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookupLimiterTest {

    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final LookupLimiter limiter = new LookupLimiter(new TrackingProperties(3, Duration.ofMinutes(1), 2, ""), clock);

    @Test
    void aClientHasABurstThenOneLookupPerRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryTake("10.0.0.1")).isZero();
        }
        assertThat(limiter.tryTake("10.0.0.1")).isEqualTo(Duration.ofSeconds(20));
        now = now.plusSeconds(19);
        assertThat(limiter.tryTake("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(limiter.tryTake("10.0.0.1")).isZero();
        assertThat(limiter.tryTake("10.0.0.1")).isPositive();
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.tryTake("10.0.0.1");
        }
        assertThat(limiter.tryTake("10.0.0.1")).isPositive();
        assertThat(limiter.tryTake("10.0.0.2")).isZero();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        limiter.tryTake("10.0.0.1");
        now = now.plus(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryTake("10.0.0.1")).isZero();
        }
        assertThat(limiter.tryTake("10.0.0.1")).isPositive();
    }
}
