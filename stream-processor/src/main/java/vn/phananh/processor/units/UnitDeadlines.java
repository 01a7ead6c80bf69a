package vn.phananh.processor.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.processor.deadline.DeadlineCalculator;
import vn.phananh.processor.system.DeadlineProperties;
import vn.phananh.processor.topology.DeadlinePolicy;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitRegistry;

/**
 * Each unit's deadline rules: what the unit's configuration sets, else the processor's
 * ({@code phananh.processor.deadlines}), else {@link vn.phananh.processor.deadline.DeadlineRules#defaults()}.
 */
public final class UnitDeadlines implements DeadlinePolicy {

    private final DeadlineProperties base;
    private final UnitRegistry units;
    private final DeadlineCalculator baseCalculator;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    private record Built(long revision, DeadlineCalculator calculator) {
    }

    public UnitDeadlines(DeadlineProperties base, UnitRegistry units) {
        this.base = base;
        this.units = units;
        this.baseCalculator = new DeadlineCalculator(base.toRules());
    }

    @Override
    public Instant dueAt(String unitCode, Kind kind, Topic topic, boolean urgent, Instant openedAt) {
        return calculator(unitCode).due(openedAt, kind, topic, urgent);
    }

    private DeadlineCalculator calculator(String unitCode) {
        UnitDefinition unit = units.current().unit(unitCode).orElse(null);
        if (unit == null) {
            return baseCalculator;
        }
        Built current = built.get(unit.code());
        if (current == null || current.revision() != unit.revision()) {
            current = new Built(unit.revision(), new DeadlineCalculator(merged(unit.deadlines()).toRules()));
            built.put(unit.code(), current);
        }
        return current.calculator();
    }

    /** The unit's settings over the processor's, value by value (a map's entries one by one). */
    DeadlineProperties merged(UnitDefinition.Deadlines unit) {
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        if (base.workingDaysByKind() != null) {
            byKind.putAll(base.workingDaysByKind());
        }
        unit.workingDaysByKind().forEach((k, v) -> byKind.put(Kind.valueOf(k), v));
        Map<Topic, Integer> byTopic = new EnumMap<>(Topic.class);
        if (base.workingDaysByTopic() != null) {
            byTopic.putAll(base.workingDaysByTopic());
        }
        unit.workingDaysByTopic().forEach((t, v) -> byTopic.put(Topic.valueOf(t), v));
        return new DeadlineProperties(
                unit.urgentWorkingDays() != null ? unit.urgentWorkingDays() : base.urgentWorkingDays(),
                byKind.isEmpty() ? null : byKind, byTopic.isEmpty() ? null : byTopic,
                unit.defaultWorkingDays() != null ? unit.defaultWorkingDays() : base.defaultWorkingDays(),
                unit.holidays() != null ? unit.holidays().stream().map(LocalDate::toString).toList() : base.holidays(),
                unit.zone() != null ? unit.zone() : base.zone(),
                unit.closingTime() != null ? unit.closingTime() : base.closingTime());
    }
}
