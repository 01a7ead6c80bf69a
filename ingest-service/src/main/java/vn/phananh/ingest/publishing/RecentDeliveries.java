package vn.phananh.ingest.publishing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memory of recently stored deliveries (feedback id + change, with a fingerprint of
 * the content), so a redelivery is answered without producing again and counted as a duplicate.
 * Only an optimisation and a metric: correctness rests on the stable feedback id, which the
 * stream processor deduplicates on.
 */
final class RecentDeliveries {

    /** How a delivery compares with what was stored under its key. */
    enum Seen { NEW, SAME, DIFFERENT }

    private final Map<String, Integer> recent;

    RecentDeliveries(int capacity) {
        this.recent = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Seen check(String key, int fingerprint) {
        Integer stored = recent.get(key);
        if (stored == null) {
            return Seen.NEW;
        }
        return stored == fingerprint ? Seen.SAME : Seen.DIFFERENT;
    }

    synchronized void remember(String key, int fingerprint) {
        recent.put(key, fingerprint);
    }
}
