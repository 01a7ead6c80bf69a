package vn.phananh.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The units in force at one moment: an immutable snapshot, replaced as a whole when a unit
 * changes, so a reader never sees half a change.
 */
public record UnitDirectory(SortedMap<String, UnitDefinition> units) {

    public UnitDirectory {
        units = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(units));
    }

    public static UnitDirectory empty() {
        return new UnitDirectory(new TreeMap<>());
    }

    public Optional<UnitDefinition> unit(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    public boolean knows(String code) {
        return code != null && units.containsKey(code);
    }

    public Collection<UnitDefinition> all() {
        return units.values();
    }

    /** The unit whose staff group this is. */
    public Optional<UnitDefinition> ofStaffGroup(String group) {
        return units.values().stream().filter(u -> u.staffGroup().equals(group)).findFirst();
    }

    public UnitDirectory with(UnitDefinition unit) {
        SortedMap<String, UnitDefinition> next = new TreeMap<>(units);
        next.put(unit.code(), unit);
        return new UnitDirectory(next);
    }

    public UnitDirectory without(String code) {
        SortedMap<String, UnitDefinition> next = new TreeMap<>(units);
        next.remove(code);
        return new UnitDirectory(next);
    }

    /**
     * Refuses a unit whose channel accounts another unit already has: a page, OA, desk or desk
     * client belongs to one unit only, and an API key id names one key (the same key may be bound
     * to several units).
     */
    public void checkCanHold(UnitDefinition unit, SecretRef.Secrets secrets) {
        for (UnitDefinition other : units.values()) {
            if (other.code().equals(unit.code())) {
                continue;
            }
            clash(unit.facebookPages(), other.facebookPages(), Function.identity(), "channels.facebookPages", other);
            clash(unit.zaloAccounts(), other.zaloAccounts(), UnitDefinition.ZaloAccount::oaId, "channels.zaloAccounts[].oaId", other);
            clash(unit.desks(), other.desks(), UnitDefinition.Desk::id, "channels.desks[].id", other);
            clash(unit.desks(), other.desks(), UnitDefinition.Desk::clientId, "channels.desks[].clientId", other);
            if (other.staffGroup().equals(unit.staffGroup())) {
                throw new InvalidUnitException("staffGroup", unit.staffGroup() + " is already the group of " + other.code());
            }
            for (UnitDefinition.ApiKey key : unit.apiKeys()) {
                for (UnitDefinition.ApiKey theirs : other.apiKeys()) {
                    boolean sameId = key.id().equals(theirs.id());
                    boolean sameHash = key.sha256().resolve(secrets).equals(theirs.sha256().resolve(secrets));
                    if (sameId != sameHash) {
                        throw new InvalidUnitException("channels.apiKeys[].id", "key " + key.id() + " differs from "
                                + theirs.id() + " of " + other.code() + " (a shared key keeps its id and hash)");
                    }
                }
            }
        }
    }

    private static <T> void clash(List<T> mine, List<T> theirs, Function<T, String> key, String field, UnitDefinition other) {
        List<String> taken = new ArrayList<>(theirs.stream().map(key).toList());
        for (T item : mine) {
            if (taken.contains(key.apply(item))) {
                throw new InvalidUnitException(field, key.apply(item) + " already belongs to " + other.code());
            }
        }
    }

    /** For tests and tools: the directory of these units. */
    public static UnitDirectory of(Collection<UnitDefinition> units) {
        return new UnitDirectory(new TreeMap<>(units.stream().collect(java.util.stream.Collectors.toMap(
                UnitDefinition::code, u -> u))));
    }

    @Override
    public String toString() {
        return "UnitDirectory" + units.keySet();
    }

    /** Codes of the units, sorted. */
    public List<String> codes() {
        return List.copyOf(units.keySet());
    }
}
