package vn.phananh.bench.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.phananh.load.channel.Identity;

/**
 * Two visitors measuring latency at once, each sending its next request when the last one
 * answered: a citizen opening the public page ({@code /cong-khai}) and a clerk searching with a
 * valid token. Runs for a given time, optionally while a flood runs.
 */
final class LatencyProbe {

    private final HttpClient http;
    private final String search;
    private final Identity identity;

    LatencyProbe(HttpClient http, String search, Identity identity) {
        this.http = http;
        this.search = search;
        this.identity = identity;
    }

    record Result(List<Long> publicNanos, List<Long> searchNanos) {

        double publicP99() {
            return percentile(publicNanos, 99) / 1e6;
        }

        double searchP99() {
            return percentile(searchNanos, 99) / 1e6;
        }

        void print(String phase) {
            System.out.printf("[auth] %-5s public page: %d requests, p50 %.1f ms, p99 %.1f ms; authenticated search: %d"
                    + " requests, p50 %.1f ms, p99 %.1f ms%n", phase, publicNanos.size(), percentile(publicNanos, 50) / 1e6,
                    publicP99(), searchNanos.size(), percentile(searchNanos, 50) / 1e6, searchP99());
        }

        static long percentile(List<Long> values, int p) {
            if (values.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    /** Measures for {@code duration}; a {@code flood}, if given, runs over the same time. */
    Result during(Duration duration, WrongCredentialsFlood flood) throws Exception {
        String token = identity.user("staff-hung-cuong", "phananh-dev");
        long end = System.nanoTime() + duration.toNanos();
        if (flood != null) {
            flood.start(duration);
        }
        List<Long> pub = Collections.synchronizedList(new ArrayList<>());
        List<Long> srch = Collections.synchronizedList(new ArrayList<>());
        Thread citizen = Thread.ofPlatform().name("probe-public").start(() -> loop(end, "/cong-khai", null, pub));
        Thread clerk = Thread.ofPlatform().name("probe-search").start(() ->
                loop(end, "/api/v1/feedback?q=duong%20ngap&size=20", () -> identity.user("staff-hung-cuong", "phananh-dev"), srch));
        citizen.join();
        clerk.join();
        if (flood != null) {
            flood.await();
        }
        return new Result(List.copyOf(pub), List.copyOf(srch));
    }

    private void loop(long end, String path, java.util.function.Supplier<String> authorization, List<Long> out) {
        while (System.nanoTime() < end) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(search + path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                request.header("Authorization", authorization.get());
            }
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            out.add(System.nanoTime() - start);
        }
    }
}
