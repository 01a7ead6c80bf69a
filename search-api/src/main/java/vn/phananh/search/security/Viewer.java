package vn.phananh.search.security;

import java.util.Set;

/**
 * The signed-in person a request is answered for: every query over feedback is restricted to
 * {@link #units()} unless the viewer is an admin.
 */
public record Viewer(String username, Role role, Set<String> units) {

    public Viewer {
        units = Set.copyOf(units);
    }

    public boolean seesAllUnits() {
        return role == Role.ADMIN;
    }

    public boolean canSee(String unitCode) {
        return seesAllUnits() || units.contains(unitCode);
    }

    /** Contact details and actions belong to staff of the owning unit only. */
    public boolean isStaffOf(String unitCode) {
        return role == Role.STAFF && units.contains(unitCode);
    }
}
