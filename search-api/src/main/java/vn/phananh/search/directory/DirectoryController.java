package vn.phananh.search.directory;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.labels.UnitPlaces;
import vn.phananh.search.security.Role;
import vn.phananh.search.security.Viewer;
import vn.phananh.units.UnitRegistry;

/**
 * Who the caller is as this API reads their token (role and units, with the units' names), the
 * places of a unit's gazetteer, and the names of every unit for the public pages: what a client
 * such as the web app shows without reading the identity provider's claims or the units' topic.
 */
@RestController
class DirectoryController {

    private final UnitRegistry units;
    private final UnitPlaces places;

    DirectoryController(UnitRegistry units, UnitPlaces places) {
        this.units = units;
        this.places = places;
    }

    /** The caller: username, role, and the units they see (every configured unit for an admin), sorted by code. */
    @GetMapping("/api/v1/me")
    Me me(Viewer viewer) {
        List<Unit> visible = all().stream().filter(u -> viewer.canSee(u.code())).toList();
        return new Me(viewer.username(), viewer.role(), visible,
                visible.stream().filter(u -> viewer.isStaffOf(u.code())).map(Unit::code).toList());
    }

    /** The named places of a unit the caller sees, id to official name, in gazetteer order. */
    @GetMapping("/api/v1/units/{unit}/places")
    Map<String, String> places(Viewer viewer, @PathVariable String unit) {
        if (!viewer.canSee(unit)) {
            throw new AccessDeniedException("Not a unit of the caller");
        }
        return places.placesOf(unit);
    }

    /** Every configured unit's code and name, sorted by code: public, as the public pages name units. */
    @GetMapping("/api/v1/public/unit-names")
    List<Unit> names() {
        return all();
    }

    private List<Unit> all() {
        return units.current().all().stream().map(u -> new Unit(u.code(), u.name()))
                .sorted(java.util.Comparator.comparing(Unit::code)).toList();
    }

    /** A unit's code and name. */
    record Unit(String code, String name) {
    }

    /** The caller: {@code staffOf} are the units they act for (staff only). */
    record Me(String username, Role role, List<Unit> units, List<String> staffOf) {
    }
}
