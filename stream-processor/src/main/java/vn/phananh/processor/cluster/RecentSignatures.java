package vn.phananh.processor.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The clusterer's store with each unit's newest signatures also held in memory. The store (RocksDB,
 * changelogged) stays the record; what is in memory is, per unit, an unbroken run of the store's
 * newest keys, so a lookup within that run needs no store read and one reaching older than it
 * continues in the store. Reading a new feedback's candidates from RocksDB, each decoded again, was the
 * stream processor's largest cost (BENCHMARKS.md, "The clusterer's candidates in memory").
 *
 * <p>Memory is bounded twice: at most {@code perUnit} signatures of a unit (its newest) and at most
 * {@code total} over all units, the least recently used unit dropped whole and read back from the
 * store when it is next needed. Everything written goes to the store first, so dropping is always safe.
 * One instance belongs to one task's processor and one stream thread: not thread-safe.
 */
final class RecentSignatures {

    /** Above every digit: the end of a unit's key range. */
    private static final String UNIT_END = "|~";

    private final KeyValueStore<String, Signature> store;
    private final int perUnit;
    private final int total;
    private final LinkedHashMap<String, Newest> units = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    RecentSignatures(KeyValueStore<String, Signature> store, int perUnit, int total) {
        this.store = store;
        this.perUnit = Math.max(0, perUnit);
        this.total = Math.max(this.perUnit, total);
    }

    /**
     * A unit's newest signatures in key order (two parallel lists: a new feedback is nearly always the
     * newest, so it is appended), and whether the store holds anything of the unit older than them.
     */
    private static final class Newest {
        final ArrayList<String> keys = new ArrayList<>();
        final ArrayList<Signature> values = new ArrayList<>();
        boolean complete;
        long scannedAt = Long.MIN_VALUE / 2;

        boolean covers(String key) {
            return complete || (!keys.isEmpty() && key.compareTo(keys.getFirst()) >= 0);
        }

        /** The index of the first key at or after {@code key}. */
        int from(String key) {
            int i = Collections.binarySearch(keys, key);
            return i >= 0 ? i : -i - 1;
        }

        /** The index of the last key at or before {@code key}; -1 when there is none. */
        int to(String key) {
            int i = Collections.binarySearch(keys, key);
            return i >= 0 ? i : -i - 2;
        }

        int size() {
            return keys.size();
        }
    }

    Signature get(String unit, String key) {
        Newest newest = newest(unit);
        if (!newest.covers(key)) {
            return store.get(key);
        }
        int i = Collections.binarySearch(newest.keys, key);
        return i >= 0 ? newest.values.get(i) : null;
    }

    void put(String unit, String key, Signature signature) {
        store.put(key, signature);
        Newest newest = newest(unit);
        if (!newest.covers(key)) {
            return;
        }
        int i = Collections.binarySearch(newest.keys, key);
        if (i >= 0) {
            newest.values.set(i, signature);
            return;
        }
        newest.keys.add(-i - 1, key);
        newest.values.add(-i - 1, signature);
        held++;
        if (newest.size() > perUnit) {
            int drop = newest.size() - perUnit;
            newest.keys.subList(0, drop).clear();
            newest.values.subList(0, drop).clear();
            newest.complete = false;
            held -= drop;
        }
        evictOthers(unit);
    }

    /**
     * The unit's signatures with keys from {@code from} to {@code to} (both inclusive), newest first,
     * at most {@code limit}: what the store's reverse range would give.
     */
    List<Signature> newestFirst(String unit, String from, String to, int limit) {
        Newest newest = newest(unit);
        List<Signature> found = new ArrayList<>(Math.min(limit, 256));
        int low = newest.from(from);
        for (int i = newest.to(to); i >= low && found.size() < limit; i--) {
            found.add(newest.values.get(i));
        }
        if (found.size() == limit || newest.complete || (newest.size() > 0 && newest.keys.getFirst().compareTo(from) <= 0)) {
            return found;
        }
        String firstInMemory = newest.size() > 0 ? newest.keys.getFirst() : null;
        String older = firstInMemory == null || firstInMemory.compareTo(to) > 0 ? to : firstInMemory;
        try (KeyValueIterator<String, Signature> rest = store.reverseRange(from, older)) {
            while (rest.hasNext() && found.size() < limit) {
                KeyValue<String, Signature> kv = rest.next();
                if (firstInMemory == null || kv.key.compareTo(firstInMemory) < 0) {
                    found.add(kv.value);
                }
            }
        }
        return found;
    }

    /**
     * Removes the unit's signatures with keys before {@code before}, from memory and the store. The
     * store's older part (not in memory) is scanned when the cutoff {@code at} has moved on by
     * {@code scanEvery} milliseconds since its last scan, not for every feedback.
     */
    void removeBefore(String unit, String before, long at, long scanEvery) {
        Newest newest = newest(unit);
        int old = newest.from(before);
        List<String> keys = new ArrayList<>(newest.keys.subList(0, old));
        if (!newest.complete && (old > 0 || at - newest.scannedAt >= scanEvery)) {
            newest.scannedAt = at;
            String firstInMemory = newest.size() > 0 ? newest.keys.getFirst() : null;
            try (KeyValueIterator<String, Signature> expired = store.range(unit + "|", before)) {
                while (expired.hasNext()) {
                    String key = expired.next().key;
                    if (key.compareTo(before) < 0 && (firstInMemory == null || key.compareTo(firstInMemory) < 0)) {
                        keys.add(key);
                    }
                }
            }
        }
        if (old > 0) {
            // Whatever the store held older than memory was older than these: it is gone too.
            newest.complete = true;
            newest.keys.subList(0, old).clear();
            newest.values.subList(0, old).clear();
            held -= old;
        }
        keys.forEach(store::delete);
    }

    /** Forgets everything in memory (the store is untouched), as a task that starts again would. */
    void clear() {
        units.clear();
        held = 0;
    }

    int held() {
        return held;
    }

    private Newest newest(String unit) {
        Newest newest = units.get(unit);
        if (newest == null) {
            newest = load(unit);
            units.put(unit, newest);
            held += newest.size();
            evictOthers(unit);
        }
        return newest;
    }

    private Newest load(String unit) {
        Newest newest = new Newest();
        try (KeyValueIterator<String, Signature> all = store.reverseRange(unit + "|", unit + UNIT_END)) {
            while (all.hasNext() && newest.size() < perUnit) {
                KeyValue<String, Signature> kv = all.next();
                newest.keys.add(kv.key);
                newest.values.add(kv.value);
            }
            newest.complete = !all.hasNext();
        }
        Collections.reverse(newest.keys);
        Collections.reverse(newest.values);
        return newest;
    }

    private void evictOthers(String keep) {
        Iterator<Map.Entry<String, Newest>> eldest = units.entrySet().iterator();
        while (held > total && eldest.hasNext()) {
            Map.Entry<String, Newest> unit = eldest.next();
            if (!unit.getKey().equals(keep)) {
                held -= unit.getValue().size();
                eldest.remove();
            }
        }
    }

    /** For tests: how many signatures of each unit are in memory. */
    Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        units.forEach((unit, newest) -> sizes.put(unit, newest.size()));
        return sizes;
    }
}
