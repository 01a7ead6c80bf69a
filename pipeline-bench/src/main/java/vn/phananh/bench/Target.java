package vn.phananh.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import vn.phananh.local.Ports;

/**
 * The pipeline a benchmark or drill works on: the checkout whose {@code ./pipeline} runs it and the
 * environment it runs with (data directory and ports, the variables {@code ./pipeline} reads).
 */
public record Target(Path root, Map<String, String> env) {

    static final List<String> PORTS = List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "ELASTICSEARCH_PORT",
            "ELASTICSEARCH_TRANSPORT_PORT", "KEYCLOAK_PORT", "KEYCLOAK_MANAGEMENT_PORT", "SEARCH_PORT", "INGEST_PORT",
            "PROCESSOR_PORT");

    public Target {
        env = Map.copyOf(env);
    }

    /** The pipeline {@code ./pipeline up} runs with this environment (its ports and data directory). */
    public static Target running(Path root, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>();
        PORTS.forEach(port -> { if (environment.get(port) != null) env.put(port, environment.get(port)); });
        env.put("PHANANH_DATA_DIR", environment.getOrDefault("PHANANH_DATA_DIR", root.resolve("var").toString()));
        if (environment.get("PHANANH_ADMIN_CLIENT_SECRET") != null) {
            env.put("PHANANH_ADMIN_CLIENT_SECRET", environment.get("PHANANH_ADMIN_CLIENT_SECRET"));
        }
        return new Target(root.toAbsolutePath(), env);
    }

    /** A pipeline of its own: free ports, so it never meets a developer's stack, and {@code dataDir}. */
    public static Target onFreePorts(Path root, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("PHANANH_DATA_DIR", dataDir.toAbsolutePath().toString());
        PORTS.forEach(port -> env.put(port, Integer.toString(Ports.free())));
        return new Target(root.toAbsolutePath(), env);
    }

    public Path dataDir() {
        return Path.of(env.get("PHANANH_DATA_DIR"));
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + port("KAFKA_PORT", 9092);
    }

    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + port("ELASTICSEARCH_PORT", 9200);
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + port("INGEST_PORT", 8081);
    }

    public String searchUrl() {
        return "http://127.0.0.1:" + port("SEARCH_PORT", 8080);
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + port("KEYCLOAK_PORT", 8180);
    }

    /** The stream processor's Kafka Streams application id: its consumer group. */
    public String processorGroup() {
        return env.getOrDefault("PHANANH_PROCESSOR_APPLICATION_ID", "phananh-stream-processor");
    }

    /** The search API's indexer consumer group. */
    public String indexerGroup() {
        return env.getOrDefault("INDEXER_GROUP", "search-api-indexer");
    }

    /** The process (group) id of every part the launcher's state file names, launcher included. */
    public Map<String, Long> pids() {
        Path file = dataDir().resolve("pipeline.properties");
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            state.load(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No state file " + file + "; is the pipeline up?", ex);
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String part : List.of("launcher", "kafka", "elasticsearch", "keycloak", "search-api", "ingest-service",
                "stream-processor", "outbox-sender")) {
            String pid = state.getProperty(part + ".pid");
            if (pid != null) {
                pids.put(part, Long.parseLong(pid.trim()));
            }
        }
        return pids;
    }

    /** The line an operator pastes to stop this pipeline by hand. */
    public String downCommand() {
        return "PHANANH_DATA_DIR=" + dataDir() + " " + root.resolve("pipeline") + " down";
    }

    private int port(String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
