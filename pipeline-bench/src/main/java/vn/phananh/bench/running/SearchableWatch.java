package vn.phananh.bench.running;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phananh.bench.Poller;
import vn.phananh.load.search.SearchClient;

/**
 * Watches the search API for the run's messages while they are sent. Each poll reads, newest
 * first, only the feedback received since the oldest message still unseen (a sliding window over
 * {@code receivedAt}), so its cost follows rate × latency, not the size of the run. A message
 * unseen for longer than {@code stuck} no longer holds the window open; it is looked up by id.
 */
final class SearchableWatch extends Poller {

    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final Duration STUCK = Duration.ofSeconds(20);
    private static final int BY_ID_PER_POLL = 20;

    private final SearchClient search;
    private final SearchClient.Login login;
    private final Tracker tracker;
    private final Instant runStart;
    private volatile long polls;

    SearchableWatch(SearchClient search, SearchClient.Login login, Tracker tracker, Instant runStart, Duration poll) {
        super(poll);
        this.search = search;
        this.login = login;
        this.tracker = tracker;
        this.runStart = runStart;
        start("searchable-watch");
    }

    long polls() {
        return polls;
    }

    /** Search failures are kept as the last error by the poller; the next look tries again. */
    @Override
    protected void pollOnce() {
        polls++;
        long started = System.nanoTime();
        long now = System.currentTimeMillis();
        List<Tracker.Accepted> unseen = tracker.unseen();
        long windowStart = unseen.stream().mapToLong(Tracker.Accepted::sentWallMillis)
                .filter(t -> t >= now - STUCK.toMillis()).min().orElse(now);
        Instant from = Instant.ofEpochMilli(Math.max(windowStart, runStart.toEpochMilli()) - SLACK.toMillis());
        for (SearchClient.Item item : search.all(login, Map.of("from", from.toString()))) {
            tracker.seen(item.feedbackId(), started);
        }
        unseen.stream().filter(a -> a.sentWallMillis() < now - STUCK.toMillis())
                .sorted(Comparator.comparingLong(Tracker.Accepted::sentWallMillis)).limit(BY_ID_PER_POLL)
                .forEach(a -> lookUp(a.feedbackId(), started));
    }

    private void lookUp(String feedbackId, long started) {
        if (search.get(login, feedbackId).isPresent()) {
            tracker.seen(feedbackId, started);
        }
    }

    /**
     * The final check: every feedback received since the run started, counted by id. Answers, per
     * accepted id of the run, how often it was found (absent ids were not found).
     */
    Map<String, Integer> countAll() {
        Map<String, Integer> counts = new HashMap<>();
        for (SearchClient.Item item : search.all(login, new LinkedHashMap<>(Map.of("from",
                runStart.minus(SLACK).toString(), "sort", "newest")))) {
            if (tracker.isAccepted(item.feedbackId())) {
                counts.merge(item.feedbackId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
