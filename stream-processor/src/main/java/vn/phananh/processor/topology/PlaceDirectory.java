package vn.phananh.processor.topology;

import java.util.Optional;

import vn.phananh.avro.Place;

/** The named places of each unit, for checking and filling in a place that staff set by correction. */
@FunctionalInterface
public interface PlaceDirectory {

    /** The place with that gazetteer id in the unit, without coordinates; empty when the unit has none such. */
    Optional<Place> place(String unitCode, String placeId);
}
