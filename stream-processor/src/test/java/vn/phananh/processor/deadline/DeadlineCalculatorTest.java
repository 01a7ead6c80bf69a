package vn.phananh.processor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.schema.FeedbackClock;

class DeadlineCalculatorTest {

    private static final ZoneId HCM = FeedbackClock.UNIT_ZONE;
    private final DeadlineCalculator calculator = new DeadlineCalculator(DeadlineRules.defaults());

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), HCM).toInstant();
    }

    @Test
    void urgentFeedbackOnFridayIsDueMondayAfterTheWeekend() {
        Instant friday = at("2025-06-13T09:30");
        assertThat(calculator.due(friday, Kind.COMPLAINT, Topic.INFRASTRUCTURE, true)).isEqualTo(at("2025-06-16T17:00"));
    }

    @Test
    void feedbackArrivingOnSaturdayCountsFromMonday() {
        Instant saturday = at("2025-06-14T20:00");
        assertThat(calculator.due(saturday, Kind.COMPLAINT, Topic.ENVIRONMENT, true)).isEqualTo(at("2025-06-16T17:00"));
    }

    @Test
    void questionSkipsReunificationDayAndLabourDayHolidays() {
        // Tue 29 Apr 2025; 30 Apr, 1 May and 2 May are holidays, then a weekend.
        Instant received = at("2025-04-29T10:00");
        assertThat(calculator.due(received, Kind.QUESTION, Topic.ADMIN_PROCEDURE, false)).isEqualTo(at("2025-05-09T17:00"));
    }

    @ParameterizedTest(name = "{0} → {1} working days")
    @CsvSource({"QUESTION,5", "COMPLAINT,10", "REQUEST,10", "DENUNCIATION,30", "PRAISE,10"})
    void defaultsFollowTheKind(Kind kind, int days) {
        assertThat(DeadlineRules.defaults().workingDays(kind, Topic.OTHER, false)).isEqualTo(days);
    }

    @Test
    void urgencyOverridesKindAndTopic() {
        assertThat(DeadlineRules.defaults().workingDays(Kind.DENUNCIATION, Topic.SECURITY_ORDER, true)).isEqualTo(1);
    }

    @Test
    void topicRuleOverridesKindRule() {
        DeadlineRules rules = new DeadlineRules(1, Map.of(Kind.COMPLAINT, 10), Map.of(Topic.UTILITIES, 2), 10, Set.of(),
                HCM, LocalTime.of(17, 0));
        assertThat(new DeadlineCalculator(rules).due(at("2025-06-10T08:00"), Kind.COMPLAINT, Topic.UTILITIES, false))
                .isEqualTo(at("2025-06-12T17:00"));
    }

    @Test
    void configuredHolidayIsSkipped() {
        LocalDate wednesday = LocalDate.of(2025, 6, 11);
        DeadlineRules rules = new DeadlineRules(1, Map.of(), Map.of(), 1, Set.of(wednesday), HCM, LocalTime.of(17, 0));
        assertThat(new DeadlineCalculator(rules).due(at("2025-06-10T08:00"), Kind.COMPLAINT, Topic.OTHER, false))
                .isEqualTo(at("2025-06-12T17:00"));
    }

    @Test
    void usesVietnamDateNotUtcDate() {
        // 23:30 UTC on Thursday is already Friday 06:30 in Vietnam.
        Instant lateUtcThursday = Instant.parse("2025-06-12T23:30:00Z");
        assertThat(calculator.due(lateUtcThursday, Kind.COMPLAINT, Topic.OTHER, true)).isEqualTo(at("2025-06-16T17:00"));
    }
}
