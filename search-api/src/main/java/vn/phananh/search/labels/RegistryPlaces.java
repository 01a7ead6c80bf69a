package vn.phananh.search.labels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitRegistry;

/**
 * The places of each unit's own gazetteer, read live from its configuration on {@code units.v1}: the
 * same ids the processor locates with, so a corrected place is checked against what the processor knows.
 */
@Component
class RegistryPlaces implements UnitPlaces {

    private final UnitRegistry units;

    RegistryPlaces(UnitRegistry units) {
        this.units = units;
    }

    @Override
    public Map<String, String> placesOf(String unitCode) {
        return units.current().unit(unitCode).map(RegistryPlaces::places).orElse(Map.of());
    }

    private static Map<String, String> places(UnitDefinition unit) {
        Map<String, String> places = new LinkedHashMap<>();
        unit.gazetteer().places().forEach(p -> places.put(p.id(), p.name()));
        return Collections.unmodifiableMap(places);
    }
}
