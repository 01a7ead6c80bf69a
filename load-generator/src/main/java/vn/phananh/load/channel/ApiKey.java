package vn.phananh.load.channel;

import java.util.List;

/** An integration's API key (the key itself, which the ingest service knows only by its SHA-256) and its units. */
public record ApiKey(String id, String key, List<String> units) {

    public ApiKey {
        units = List.copyOf(units);
    }

    /** Whether the key is bound to this unit alone, so messages may leave {@code unitCode} out. */
    public boolean boundOnlyTo(String unitCode) {
        return units.size() == 1 && units.contains(unitCode);
    }
}
