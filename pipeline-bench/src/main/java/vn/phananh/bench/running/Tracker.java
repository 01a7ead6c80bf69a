package vn.phananh.bench.running;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import vn.phananh.load.channel.Delivery;

/**
 * What happened to every message of a run, shared by the senders and the search watcher: when
 * each accepted message was sent (wall clock and nanos), its feedback id, and when it was first
 * seen searchable.
 */
final class Tracker {

    /** An accepted message: its id, when the request started, how long the ingest service took. */
    record Accepted(String feedbackId, long sentWallMillis, long sentNanos, long ingestNanos) {
    }

    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Map<String, Long> seenNanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final LongAdder sent = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final AtomicLong lastAcceptedWall = new AtomicLong();

    void record(Delivery delivery, long sentWallMillis, long sentNanos, long doneNanos) {
        sent.increment();
        if (!delivery.accepted()) {
            refusals.computeIfAbsent(delivery.status() + " " + delivery.problemTitle(), k -> new LongAdder()).increment();
            return;
        }
        if (delivery.duplicate()) {
            duplicates.increment(); // a unique id answered as a duplicate: counted, not tracked
            return;
        }
        accepted.put(delivery.feedbackId(), new Accepted(delivery.feedbackId(), sentWallMillis, sentNanos,
                doneNanos - sentNanos));
        lastAcceptedWall.accumulateAndGet(sentWallMillis, Math::max);
    }

    /** Marks an accepted message searchable at {@code nanos}, the first time only; false for foreign ids. */
    boolean seen(String feedbackId, long nanos) {
        if (!accepted.containsKey(feedbackId)) {
            return false;
        }
        seenNanos.putIfAbsent(feedbackId, nanos);
        return true;
    }

    /** The accepted messages not yet seen. */
    List<Accepted> unseen() {
        List<Accepted> unseen = new ArrayList<>();
        accepted.values().forEach(a -> {
            if (!seenNanos.containsKey(a.feedbackId())) {
                unseen.add(a);
            }
        });
        return unseen;
    }

    boolean isAccepted(String feedbackId) {
        return accepted.containsKey(feedbackId);
    }

    long sent() {
        return sent.sum();
    }

    int acceptedCount() {
        return accepted.size();
    }

    int seenCount() {
        return seenNanos.size();
    }

    long duplicates() {
        return duplicates.sum();
    }

    Map<String, LongAdder> refusals() {
        return refusals;
    }

    /** Every accepted message so far, safe to call while sending (for {@link LoadGenerator#acceptedMessages()}). */
    List<Accepted> accepted() {
        return List.copyOf(accepted.values());
    }

    /** Send-to-searchable latency in milliseconds of every message seen. */
    List<Long> searchableMillis() {
        List<Long> millis = new ArrayList<>(seenNanos.size());
        seenNanos.forEach((id, nanos) -> millis.add((nanos - accepted.get(id).sentNanos()) / 1_000_000));
        return millis;
    }

    List<Long> ingestMillis() {
        return accepted.values().stream().map(a -> a.ingestNanos() / 1_000_000).toList();
    }
}
