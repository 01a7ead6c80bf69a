package vn.phananh.search.labels;

import java.util.Map;

/** The named places of each unit's gazetteer: what a corrected placeId is checked against and chosen from. */
@FunctionalInterface
public interface UnitPlaces {

    /** The unit's places, id to official name, in gazetteer order. */
    Map<String, String> placesOf(String unitCode);

    default boolean exists(String unitCode, String placeId) {
        return placesOf(unitCode).containsKey(placeId);
    }
}
