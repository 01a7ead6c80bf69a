package vn.phananh.bench.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import vn.phananh.load.channel.Identity;
import vn.phananh.local.ProcessStats;

/**
 * The search API's CPU time per request, read from {@code /proc} before and after {@code n}
 * requests sent one after another: the same cheap public endpoint (the liveness probe) without and
 * with a bearer token (the resource server checks a token wherever one is sent), in alternating
 * rounds, the median of each; and an authenticated search.
 */
final class CpuPerRequest {

    private static final String PUBLIC = "/actuator/health/liveness";
    private static final int ROUNDS = 5;
    private static final String SEARCH = "/api/v1/feedback?q=duong&size=20";

    private final HttpClient http;
    private final String search;
    private final Identity identity;
    private final long pgid;

    CpuPerRequest(HttpClient http, String search, Identity identity, long pgid) {
        this.http = http;
        this.search = search;
        this.identity = identity;
        this.pgid = pgid;
    }

    /** CPU milliseconds per request of each kind. */
    record Result(int requests, double anonymousMillis, double bearerMillis, double searchMillis) {

        double tokenCostMillis() {
            return bearerMillis - anonymousMillis;
        }

        void print() {
            System.out.printf("[auth] search-api CPU per request (median of %d rounds of %d): liveness probe %.3f ms without a"
                    + " token, %.3f ms with one (a token check costs %.3f ms, goal <= 2); authenticated search %.3f ms%n",
                    ROUNDS, requests, anonymousMillis, bearerMillis, tokenCostMillis(), searchMillis);
        }
    }

    Result measure(int n) throws Exception {
        String token = identity.user("staff-hung-cuong", "phananh-dev");
        // Warm up every path first: the JIT, the key set download, the caches.
        run(n / 4, PUBLIC, null);
        run(n / 4, PUBLIC, token);
        run(n / 4, SEARCH, token);
        // Rounds in turn, so a background task of the service (indexer, alerts) does not land on one side only.
        double[] anonymous = new double[ROUNDS];
        double[] bearer = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            anonymous[round] = run(n, PUBLIC, null);
            bearer[round] = run(n, PUBLIC, token);
        }
        double searches = run(n, SEARCH, token);
        return new Result(n, median(anonymous), median(bearer), searches);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU ms of the service per request over {@code n} requests of one kind. */
    private double run(int n, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(search + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpRequest built = request.build();
        double before = ProcessStats.cpuSeconds(pgid);
        for (int i = 0; i < n; i++) {
            HttpResponse<Void> response = http.send(built, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
        return (ProcessStats.cpuSeconds(pgid) - before) * 1000 / n;
    }
}
