package vn.phananh.processor.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.schema.FeedbackClock;

/**
 * How many working days the commune has to answer, as a plain value that Spring configuration can
 * bind and override. Urgent feedback wins over everything; then a topic rule, then the kind's,
 * then {@code defaultWorkingDays}. The answer is due at {@code closingTime} of the last working day.
 */
public record DeadlineRules(int urgentWorkingDays, Map<Kind, Integer> workingDaysByKind,
                            Map<Topic, Integer> workingDaysByTopic, int defaultWorkingDays,
                            Set<LocalDate> holidays, ZoneId zone, LocalTime closingTime) {

    public DeadlineRules {
        workingDaysByKind = workingDaysByKind == null ? Map.of() : Map.copyOf(workingDaysByKind);
        workingDaysByTopic = workingDaysByTopic == null ? Map.of() : Map.copyOf(workingDaysByTopic);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        zone = zone == null ? FeedbackClock.UNIT_ZONE : zone;
        closingTime = closingTime == null ? LocalTime.of(17, 0) : closingTime;
        if (urgentWorkingDays < 0 || defaultWorkingDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative");
        }
    }

    /**
     * Defaults: urgent 1 working day; a question 5 (guidance is quick); a complaint or request 10
     * (the usual time for handling phản ánh, kiến nghị); a denunciation 30 (Luật Tố cáo 2018 gives
     * 30 days to settle); praise and other 10. Holidays are Vietnam's public holidays of 2025 and
     * 2026 as announced, Tết included; replace them each year through configuration.
     */
    public static DeadlineRules defaults() {
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        byKind.put(Kind.QUESTION, 5);
        byKind.put(Kind.COMPLAINT, 10);
        byKind.put(Kind.REQUEST, 10);
        byKind.put(Kind.DENUNCIATION, 30);
        byKind.put(Kind.PRAISE, 10);
        byKind.put(Kind.OTHER, 10);
        return new DeadlineRules(1, byKind, Map.of(), 10, Set.copyOf(VIETNAM_HOLIDAYS_2025_2026), null, null);
    }

    /** The working days allowed for a message with these labels. */
    public int workingDays(Kind kind, Topic topic, boolean urgent) {
        if (urgent) {
            return urgentWorkingDays;
        }
        Integer byTopic = topic == null ? null : workingDaysByTopic.get(topic);
        if (byTopic != null) {
            return byTopic;
        }
        return kind == null ? defaultWorkingDays : workingDaysByKind.getOrDefault(kind, defaultWorkingDays);
    }

    private static final List<LocalDate> VIETNAM_HOLIDAYS_2025_2026 = List.of(
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
}
