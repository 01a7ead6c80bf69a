package vn.phananh.ingest.account;

import java.util.Set;

/** An integration authenticated by its API key: the key's id and the units it may submit for. */
public record ApiClient(String keyId, Set<String> units) {

    /** The unit a message goes to when the caller names none: only defined for a single-unit key. */
    public String defaultUnit() {
        return units.size() == 1 ? units.iterator().next() : null;
    }
}
