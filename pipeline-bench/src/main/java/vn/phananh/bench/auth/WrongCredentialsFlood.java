package vn.phananh.bench.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import vn.phananh.bench.Target;
import vn.phananh.local.KeycloakAdmin;

/**
 * {@code clients} attackers sending wrong credentials, each one every {@code interval} (0: back to
 * back): half guess passwords at Keycloak's token endpoint (each for a user of its own, made for the
 * run, so the development users are not locked out), half send forged tokens and passwords to the
 * search API.
 */
final class WrongCredentialsFlood {

    private final HttpClient http;
    private final Target target;
    private final int clients;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private long seconds;

    private final java.time.Duration interval;

    WrongCredentialsFlood(HttpClient http, Target target, int clients, java.time.Duration interval) {
        this.http = http;
        this.target = target;
        this.clients = clients;
        this.interval = interval;
        KeycloakAdmin admin = new KeycloakAdmin(target.keycloakUrl(), target.env().getOrDefault(
                "PHANANH_ADMIN_CLIENT_SECRET", "admin-client-secret-not-real"));
        for (String user : AuthBenchmark.users(clients)) {
            admin.ensureUser(user, "mat-khau-dung-" + user, false, "staff", List.of("/units/xa-hung-cuong"));
        }
    }

    void start(Duration duration) {
        seconds = duration.toSeconds();
        long end = System.nanoTime() + duration.toNanos();
        List<String> users = AuthBenchmark.users(clients);
        for (int i = 0; i < clients; i++) {
            String user = users.get(i);
            boolean keycloak = i % 2 == 0;
            threads.add(Thread.ofPlatform().name("flood-" + i).start(() -> {
                long n = 0;
                long next = System.nanoTime();
                while (System.nanoTime() < end) {
                    send(keycloak ? passwordGuess(user, n) : forged(user, n));
                    n++;
                    next += interval.toNanos();
                    java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                }
            }));
        }
    }

    void await() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    void print() {
        long total = answers.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("[auth] flood: %d clients, one attempt each every %d ms, sent %d wrong credentials in %d s"
                + " (%.0f/s): %s%n", clients, interval.toMillis(), total, seconds, total / (double) Math.max(1, seconds),
                new java.util.TreeMap<>(answers));
    }

    private HttpRequest passwordGuess(String user, long n) {
        String form = "grant_type=password&client_id=phananh-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=guess-" + n;
        return HttpRequest.newBuilder(URI.create(target.keycloakUrl() + "/realms/phananh/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** A password over HTTP Basic (the API takes none) or a token with a signature the realm never made. */
    private HttpRequest forged(String user, long n) {
        String authorization = n % 2 == 0
                ? "Basic " + Base64.getEncoder().encodeToString((user + ":guess-" + n).getBytes(StandardCharsets.UTF_8))
                : "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(("sig-" + n).repeat(30).getBytes());
        return HttpRequest.newBuilder(URI.create(target.searchUrl() + "/api/v1/feedback?q=duong"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).build();
    }

    private void send(HttpRequest request) {
        String kind = request.uri().getPath().contains("/token") ? "keycloak" : "search-api";
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            answers.computeIfAbsent(kind + " " + status, k -> new LongAdder()).increment();
        }
        catch (java.io.IOException ex) {
            answers.computeIfAbsent(kind + " error", k -> new LongAdder()).increment();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
