package vn.phananh.search.tracking;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client for the public tracking lookups, so codes cannot be tried by the
 * thousand: {@link #tryTake} answers how long to wait when the client's bucket is empty. Buckets
 * live in a bounded map; a client pushed out by many others starts again with a full bucket.
 */
@Component
public class LookupLimiter {

    private final long interval;
    private final long tolerance;
    private final Clock clock;
    private final Map<String, long[]> buckets;
    private final String clientHeader;

    LookupLimiter(TrackingProperties properties, Clock clock) {
        this.clientHeader = properties.clientHeader();
        // The bucket as a generic cell rate algorithm: one lookup per interval, a burst of them at once.
        this.interval = properties.period().toNanos() / properties.burst();
        this.tolerance = interval * (properties.burst() - 1);
        this.clock = clock;
        int max = properties.clients();
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > max;
            }
        };
    }

    /** Who asks: the address the proxy named last in the client header when one is configured, else the peer's. */
    public String clientOf(jakarta.servlet.http.HttpServletRequest request) {
        String forwarded = clientHeader.isBlank() ? null : request.getHeader(clientHeader);
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return request.getRemoteAddr();
    }

    /** Takes one lookup for the client: {@link Duration#ZERO} when allowed, else the wait until the next. */
    public synchronized Duration tryTake(String client) {
        long now = clock.millis() * 1_000_000L;
        long[] theoreticalArrival = buckets.computeIfAbsent(client, c -> new long[] { now });
        long tat = Math.max(theoreticalArrival[0], now);
        if (tat - now > tolerance) {
            return Duration.ofNanos(tat - now - tolerance);
        }
        theoreticalArrival[0] = tat + interval;
        return Duration.ZERO;
    }
}
