package vn.phananh.webapp.api;

import java.util.List;

/**
 * The signed-in person as the search API reads their token ({@code GET /api/v1/me}): role, the
 * units they see (with names) and those they act for as staff. Pages only choose what to show from
 * it; the search API enforces it on every call.
 */
public record Me(String username, String role, List<Unit> units, List<String> staffOf) {

    public record Unit(String code, String name) {
    }

    public List<String> unitCodes() {
        return units.stream().map(Unit::code).toList();
    }

    public boolean canSee(String unit) {
        return unitCodes().contains(unit);
    }

    public boolean isStaffOf(String unit) {
        return staffOf.contains(unit);
    }

    public boolean supervisor() {
        return "SUPERVISOR".equals(role) || "ADMIN".equals(role);
    }
}
