package vn.phananh.local.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import vn.phananh.local.LocalElasticsearch;
import vn.phananh.local.LocalKafka;
import vn.phananh.local.LocalKeycloak;
import vn.phananh.local.ProcessStats;

/** Health probes for each part of the stack, and the resident memory of a process group. */
final class Health {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static boolean kafka(String bootstrap) {
        return LocalKafka.answers(bootstrap);
    }

    static boolean elasticsearch(String url) {
        return LocalElasticsearch.isHealthy(url);
    }

    static boolean keycloak(String url) {
        return LocalKeycloak.isHealthy(url);
    }

    static boolean actuator(String healthUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(healthUrl))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory of every process in the group, in MiB (Linux /proc). */
    static long rssMib(long pgid) {
        return ProcessStats.rssMib(pgid);
    }

    private Health() {
    }
}
