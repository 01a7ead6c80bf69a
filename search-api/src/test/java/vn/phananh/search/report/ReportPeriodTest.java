package vn.phananh.search.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    @Test
    void aQuarterRunsFromMidnightInVietnamToTheNextQuartersMidnight() {
        ReportPeriod q4 = ReportPeriod.parse("2026-Q4");
        assertThat(q4.kind()).isEqualTo(ReportPeriod.Kind.QUARTER);
        assertThat(q4.from()).isEqualTo(Instant.parse("2026-09-30T17:00:00Z"));
        assertThat(q4.to()).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
        assertThat(q4.lastDay()).hasToString("2026-12-31");
        assertThat(q4.title()).isEqualTo("Quý IV/2026");
        assertThat(q4.previous().label()).isEqualTo("2026-Q3");
    }

    @Test
    void aMonthAndAYear() {
        ReportPeriod november = ReportPeriod.parse("2026-11");
        assertThat(november.from()).isEqualTo(Instant.parse("2026-10-31T17:00:00Z"));
        assertThat(november.to()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(november.title()).isEqualTo("Tháng 11/2026");
        ReportPeriod year = ReportPeriod.parse(" 2026 ");
        assertThat(year.from()).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        assertThat(year.to()).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
        assertThat(year.title()).isEqualTo("Năm 2026");
    }

    @Test
    void thePreviousPeriodCrossesTheYear() {
        assertThat(ReportPeriod.parse("2026-01").previous().label()).isEqualTo("2025-12");
        assertThat(ReportPeriod.parse("2026-q1").previous().label()).isEqualTo("2025-Q4");
        assertThat(ReportPeriod.parse("2026").previous().label()).isEqualTo("2025");
        assertThat(ReportPeriod.parse("2026-Q3").previous().title()).isEqualTo("Quý II/2026");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = { "", "2026-13", "2026-00", "2026-Q0", "2026-Q5", "26", "2026-11-01", "Q4-2026",
        "quý 4", "1969", "10000", "2026-1", "２０２６" })
    void refusesWhatIsNotAMonthAQuarterOrAYear(String text) {
        assertThatThrownBy(() -> ReportPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-Q4");
    }
}
