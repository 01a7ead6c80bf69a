package vn.phananh.local.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import vn.phananh.local.LocalElasticsearch;
import vn.phananh.local.LocalKafka;
import vn.phananh.local.LocalKeycloak;

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
        long kib = ProcessHandle.allProcesses()
                .filter(p -> processGroup(p.pid()) == pgid)
                .mapToLong(p -> vmRssKib(p.pid()))
                .sum();
        return kib / 1024;
    }

    private static long processGroup(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]);
        }
        catch (IOException | RuntimeException ex) {
            return -1;
        }
    }

    private static long vmRssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            // The process ended meanwhile.
        }
        return 0;
    }

    private Health() {
    }
}
