package vn.phananh.processor.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.processor.deadline.DeadlineRules;

/**
 * Deadline rules as configured ({@code phananh.processor.deadlines.*}). Every setting left out
 * keeps the value of {@link DeadlineRules#defaults()}; holidays, when given, replace the default
 * list (ISO dates, e.g. 2026-09-02).
 */
public record DeadlineProperties(Integer urgentWorkingDays, Map<Kind, Integer> workingDaysByKind,
        Map<Topic, Integer> workingDaysByTopic, Integer defaultWorkingDays, List<String> holidays,
        String zone, String closingTime) {

    public DeadlineRules toRules() {
        DeadlineRules d = DeadlineRules.defaults();
        return new DeadlineRules(
                urgentWorkingDays != null ? urgentWorkingDays : d.urgentWorkingDays(),
                workingDaysByKind != null ? workingDaysByKind : d.workingDaysByKind(),
                workingDaysByTopic != null ? workingDaysByTopic : d.workingDaysByTopic(),
                defaultWorkingDays != null ? defaultWorkingDays : d.defaultWorkingDays(),
                holidays != null ? parse(holidays) : d.holidays(),
                zone != null ? ZoneId.of(zone) : d.zone(),
                closingTime != null ? LocalTime.parse(closingTime) : d.closingTime());
    }

    private static Set<LocalDate> parse(List<String> dates) {
        return dates.stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
