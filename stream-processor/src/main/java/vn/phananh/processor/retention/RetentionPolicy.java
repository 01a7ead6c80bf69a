package vn.phananh.processor.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitDirectory;

/**
 * How long each unit keeps personal data, from its configuration on {@code units.v1}; a unit that is
 * not (or no longer) configured keeps the default period.
 */
record RetentionPolicy(Map<String, Integer> daysByUnit, Instant now) {

    RetentionPolicy {
        daysByUnit = new TreeMap<>(daysByUnit);
    }

    static RetentionPolicy of(UnitDirectory units, Instant now) {
        Map<String, Integer> days = new TreeMap<>();
        for (UnitDefinition unit : units.all()) {
            days.put(unit.code(), unit.retention().days());
        }
        return new RetentionPolicy(days, now);
    }

    int days(String unit) {
        return daysByUnit.getOrDefault(unit, UnitDefinition.Retention.DEFAULT_PERSONAL_DATA_DAYS);
    }

    /** Feedback of the unit received before this instant has outlived its personal data. */
    Instant cutoff(String unit) {
        return now.minus(Duration.ofDays(days(unit)));
    }

    boolean expired(String unit, Instant receivedAt) {
        return receivedAt != null && receivedAt.isBefore(cutoff(unit));
    }
}
