package vn.phananh.processor.units;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.enrich.Enricher;
import vn.phananh.processor.locate.Gazetteer;
import vn.phananh.processor.locate.Locator;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitDirectory;
import vn.phananh.units.UnitRegistry;

/**
 * The enricher of each unit: the current classifier (one for all units, swapped when a model is
 * promoted) and the unit's own gazetteer, rebuilt when the unit's configuration changes. A unit not
 * configured (yet) gets no places rather than another unit's.
 */
public final class UnitEnrichers {

    private static final Logger log = LoggerFactory.getLogger(UnitEnrichers.class);
    /** How long a record of a unit this reader has not seen yet waits for the unit to be read. */
    private static final Duration UNKNOWN_UNIT_WAIT = Duration.ofSeconds(10);

    private final UnitRegistry units;
    private final Supplier<FeedbackClassifier> classifier;
    private final Gazetteer none = new Gazetteer(List.of(), List.of());
    private final Enricher placeless;
    private final Map<String, Built> built = new ConcurrentHashMap<>();
    /** Units found unknown even after reading to the end, with the directory of that moment: no second wait. */
    private final Map<String, UnitDirectory> misses = new ConcurrentHashMap<>();

    private record Built(long revision, Gazetteer gazetteer, Enricher enricher) {
    }

    public UnitEnrichers(UnitRegistry units, Supplier<FeedbackClassifier> classifier) {
        this.units = units;
        this.classifier = classifier;
        this.placeless = new Enricher(classifier, new Locator(none));
    }

    /** The enricher of the unit at its current revision. */
    public Enricher forUnit(String unitCode) {
        return built(unitCode).map(Built::enricher).orElse(placeless);
    }

    /** The unit's gazetteer at its current revision (empty for a unit not configured). */
    public Gazetteer gazetteer(String unitCode) {
        return built(unitCode).map(Built::gazetteer).orElse(none);
    }

    private java.util.Optional<Built> built(String unitCode) {
        UnitDirectory now = units.current();
        UnitDefinition unit = now.knows(unitCode) || misses.get(String.valueOf(unitCode)) == now
                ? now.unit(unitCode).orElse(null) : units.find(unitCode, UNKNOWN_UNIT_WAIT).orElse(null);
        if (unit == null) {
            if (misses.put(String.valueOf(unitCode), units.current()) == null) {
                log.warn("Unit {} is not configured: its feedback is enriched without places", unitCode);
            }
            return java.util.Optional.empty();
        }
        Built current = built.get(unit.code());
        if (current == null || current.revision() != unit.revision()) {
            Gazetteer gazetteer = gazetteer(unit);
            current = new Built(unit.revision(), gazetteer, new Enricher(classifier, new Locator(gazetteer)));
            built.put(unit.code(), current);
        }
        return java.util.Optional.of(current);
    }

    static Gazetteer gazetteer(UnitDefinition unit) {
        return new Gazetteer(unit.gazetteer().communeAliases(), unit.gazetteer().places().stream()
                .map(p -> new Gazetteer.Entry(p.id(), p.type(), Objects.requireNonNullElse(p.subtype(), ""), p.name(),
                        p.aliases()))
                .toList());
    }
}
