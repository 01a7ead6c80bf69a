package vn.phananh.load.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

import vn.phananh.load.search.SearchClient;

/**
 * Waits on the search API, as each unit's staff: until every stored demo message is searchable,
 * and until the staff actions show in the status of the feedback.
 */
final class IndexWatch {

    private static final Duration POLL = Duration.ofSeconds(2);
    private static final String HANDLED = "ACKNOWLEDGED,ASSIGNED,ANSWERED,CLOSED,SPAM";

    private final SearchClient search;
    private final Map<String, SearchClient.Login> staff;
    private final PrintStream out;

    IndexWatch(SearchClient search, Map<String, SearchClient.Login> staff, PrintStream out) {
        this.search = search;
        this.staff = staff;
        this.out = out;
    }

    /**
     * Polls each unit's total until it reaches the number of messages sent to the unit, then checks
     * by id. Answers what was found of {@code units} (feedback id to unit), when all are or when
     * {@code timeout} has passed.
     */
    Map<String, SearchClient.Item> await(Map<String, String> units, Duration timeout) {
        Map<String, Long> expected = new TreeMap<>();
        units.values().forEach(u -> expected.merge(u, 1L, Long::sum));
        long deadline = System.nanoTime() + timeout.toNanos();
        long shown = -1;
        while (true) {
            long total = 0;
            boolean enough = true;
            for (var e : expected.entrySet()) {
                long unitTotal = totalOrZero(e.getKey(), Map.of());
                total += Math.min(unitTotal, e.getValue());
                enough &= unitTotal >= e.getValue();
            }
            if (total != shown) {
                out.printf("[demo] searchable: %d of %d%n", total, units.size());
                shown = total;
            }
            boolean late = System.nanoTime() > deadline;
            if (enough || late) {
                Map<String, SearchClient.Item> found = fetch(units);
                if (found.size() == units.size() || late) {
                    if (found.size() < units.size()) {
                        out.printf("[demo] %d messages not searchable after %d s%n", units.size() - found.size(),
                                timeout.toSeconds());
                    }
                    return found;
                }
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** Waits (bounded) until each unit shows at least {@code expected} feedback in a handled status. */
    void awaitHandled(Map<String, Long> expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = expected.entrySet().stream()
                    .allMatch(e -> totalOrZero(e.getKey(), Map.of("status", HANDLED)) >= e.getValue());
            if (done) {
                out.println("[demo] staff actions are visible in search");
                return;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        out.printf("[demo] staff actions not all visible after %d s%n", timeout.toSeconds());
    }

    private Map<String, SearchClient.Item> fetch(Map<String, String> units) {
        Map<String, SearchClient.Item> found = new HashMap<>();
        for (String unit : new TreeMap<>(staff).keySet()) {
            List<SearchClient.Item> items = all(unit);
            items.stream().filter(i -> units.containsKey(i.feedbackId())).forEach(i -> found.put(i.feedbackId(), i));
        }
        return found;
    }

    private List<SearchClient.Item> all(String unit) {
        try {
            return search.all(staff.get(unit), Map.of());
        }
        catch (SearchClient.SearchFailed ex) {
            out.println("[demo] search: " + ex.getMessage());
            return List.of();
        }
    }

    private long totalOrZero(String unit, Map<String, String> filter) {
        try {
            return search.total(staff.get(unit), filter);
        }
        catch (SearchClient.SearchFailed ex) {
            return 0; // the index or the API is not there yet
        }
    }
}
