package vn.phananh.load.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import vn.phananh.load.search.SearchClient;

/** Waits (bounded) for the spike alert of the burst's hour in the burst's unit. */
final class SpikeWatch {

    private final SearchClient search;
    private final SearchClient.Login login;
    private final PrintStream out;

    SpikeWatch(SearchClient search, SearchClient.Login login, PrintStream out) {
        this.search = search;
        this.login = login;
        this.out = out;
    }

    /** The alert found, or none. */
    record Result(Optional<SearchClient.Alert> alert, Duration waited) {

        String describe() {
            return alert.map(a -> a.type() + " " + a.topic() + " in " + a.unitCode() + " for the hour from "
                    + a.windowStart() + ", raised at " + a.count() + " reports")
                    .orElse("none within " + waited.toSeconds() + " s (see the stream processor's log)");
        }
    }

    Result await(Instant window, Duration timeout) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < timeout.toNanos()) {
            try {
                Optional<SearchClient.Alert> alert = search.alerts(login, "SPIKE").stream()
                        .filter(a -> Burst.UNIT.equals(a.unitCode()) && window.equals(a.windowStart())).findFirst();
                if (alert.isPresent()) {
                    return new Result(alert, Duration.ofNanos(System.nanoTime() - started));
                }
            }
            catch (SearchClient.SearchFailed ex) {
                out.println("[demo] alerts: " + ex.getMessage());
            }
            LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
        }
        return new Result(Optional.empty(), timeout);
    }
}
