package vn.phananh.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedbackClockTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T03:00:00Z");

    @Test
    void channelTimeInThePastStartsTheClock() {
        Instant sent = RECEIVED.minus(Duration.ofDays(6));
        assertThat(FeedbackClock.openedAt(sent, RECEIVED)).isEqualTo(sent);
    }

    @Test
    void noChannelTimeMeansIntakeTime() {
        assertThat(FeedbackClock.openedAt(null, RECEIVED)).isEqualTo(RECEIVED);
    }

    @Test
    void aChannelClockAheadOfOursNeverPostponesTheStart() {
        assertThat(FeedbackClock.openedAt(RECEIVED.plusSeconds(90), RECEIVED)).isEqualTo(RECEIVED);
        assertThat(FeedbackClock.openedAt(RECEIVED.plus(Duration.ofDays(3)), RECEIVED)).isEqualTo(RECEIVED);
    }

    @Test
    void implausiblyOldChannelTimeFallsBackToIntake() {
        Instant ancient = RECEIVED.minus(FeedbackClock.MAX_BACKDATE).minusSeconds(1);
        assertThat(FeedbackClock.openedAt(ancient, RECEIVED)).isEqualTo(RECEIVED);
        Instant oldest = RECEIVED.minus(FeedbackClock.MAX_BACKDATE);
        assertThat(FeedbackClock.openedAt(oldest, RECEIVED)).isEqualTo(oldest);
    }
}
