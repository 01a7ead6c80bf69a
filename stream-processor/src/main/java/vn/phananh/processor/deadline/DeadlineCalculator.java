package vn.phananh.processor.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;

/**
 * Computes when an answer is due: N working days after the day the message arrived (Vietnam
 * time), skipping Saturdays, Sundays and the configured public holidays, at closing time.
 * Zero working days means the same day if it is a working day, else the next one.
 */
public final class DeadlineCalculator {

    private final DeadlineRules rules;

    public DeadlineCalculator(DeadlineRules rules) {
        this.rules = rules;
    }

    public Instant due(Instant received, Kind kind, Topic topic, boolean urgent) {
        int days = rules.workingDays(kind, topic, urgent);
        LocalDate day = received.atZone(rules.zone()).toLocalDate();
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(rules.closingTime()).atZone(rules.zone()).toInstant();
    }

    boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !rules.holidays().contains(day);
    }
}
