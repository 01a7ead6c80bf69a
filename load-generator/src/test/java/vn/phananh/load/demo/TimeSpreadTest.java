package vn.phananh.load.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.phananh.schema.FeedbackClock;

class TimeSpreadTest {

    private static final List<String> KEYS = IntStream.range(0, 2000).mapToObj(i -> "dev-" + i).toList();

    // Anchors on a Monday just after midnight, a Sunday evening and a Wednesday noon (Vietnam).
    @ParameterizedTest
    @ValueSource(strings = { "2026-11-29T17:05:00Z", "2026-11-29T12:00:00Z", "2026-11-25T05:00:00Z" })
    void placesCitizenMessagesInTheFourWeeksBeforeTheAnchorAtWakingHours(String anchor) {
        TimeSpread spread = new TimeSpread(Instant.parse(anchor));

        assertThat(KEYS).allSatisfy(key -> {
            Instant at = spread.citizen(key);
            assertThat(at).isBetween(spread.earliest(), spread.latest());
            LocalTime local = at.atZone(FeedbackClock.UNIT_ZONE).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(6, 0), LocalTime.of(22, 0));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-29T17:05:00Z", "2026-11-29T12:00:00Z", "2026-11-25T05:00:00Z" })
    void placesDeskRecordsOnWorkingDaysInOfficeHours(String anchor) {
        TimeSpread spread = new TimeSpread(Instant.parse(anchor));

        assertThat(KEYS).allSatisfy(key -> {
            Instant at = spread.office(key);
            assertThat(at).isBetween(spread.earliest(), spread.latest());
            ZonedDateTime local = at.atZone(FeedbackClock.UNIT_ZONE);
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            LocalTime time = local.toLocalTime();
            boolean morning = !time.isBefore(LocalTime.of(7, 30)) && time.isBefore(LocalTime.of(11, 30));
            boolean afternoon = !time.isBefore(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(17, 0));
            assertThat(morning || afternoon).as("%s in office hours", time).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-25T05:00:00Z" })
    void spreadsOverEveryWeekAndIsTheSameEveryTime(String anchor) {
        TimeSpread spread = new TimeSpread(Instant.parse(anchor));
        TimeSpread again = new TimeSpread(Instant.parse(anchor));

        assertThat(KEYS).allSatisfy(key -> assertThat(spread.citizen(key)).isEqualTo(again.citizen(key)));
        assertThat(KEYS.stream().map(spread::citizen).map(at -> (int) Duration.between(at, spread.latest()).toDays() / 7)
                .distinct()).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
}
