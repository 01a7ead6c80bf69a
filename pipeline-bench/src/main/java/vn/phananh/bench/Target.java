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
    /** The ports of the further instances of a cluster run ({@code ./pipeline up --cluster}). */
    static final List<String> CLUSTER_PORTS = List.of("KAFKA_PORT_2", "KAFKA_PORT_3", "KAFKA_CONTROLLER_PORT_2",
            "KAFKA_CONTROLLER_PORT_3", "ELASTICSEARCH_PORT_2", "ELASTICSEARCH_TRANSPORT_PORT_2", "SEARCH_PORT_2",
            "PROCESSOR_PORT_2");
    /** The instance counts and replication of a cluster run, passed on when set. */
    static final List<String> TOPOLOGY = List.of("PHANANH_KAFKA_BROKERS", "PHANANH_ELASTICSEARCH_NODES",
            "PHANANH_PROCESSOR_INSTANCES", "PHANANH_SEARCH_INSTANCES", "PHANANH_REPLICATION_FACTOR",
            "PHANANH_MIN_INSYNC_REPLICAS", "ELASTICSEARCH_INDEX_REPLICAS");

    public Target {
        env = Map.copyOf(env);
    }

    /** The pipeline {@code ./pipeline up} runs with this environment (its ports and data directory). */
    public static Target running(Path root, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>();
        PORTS.forEach(port -> { if (environment.get(port) != null) env.put(port, environment.get(port)); });
        CLUSTER_PORTS.forEach(port -> { if (environment.get(port) != null) env.put(port, environment.get(port)); });
        env.put("PHANANH_DATA_DIR", environment.getOrDefault("PHANANH_DATA_DIR", root.resolve("var").toString()));
        if (environment.get("PHANANH_ADMIN_CLIENT_SECRET") != null) {
            env.put("PHANANH_ADMIN_CLIENT_SECRET", environment.get("PHANANH_ADMIN_CLIENT_SECRET"));
        }
        return new Target(root.toAbsolutePath(), env);
    }

    /** A pipeline of its own: free ports, so it never meets a developer's stack, and {@code dataDir}. */
    public static Target onFreePorts(Path root, Path dataDir) {
        return onFreePorts(root, dataDir, false);
    }

    /** The same, with free ports for the further brokers, nodes and instances of a cluster run when {@code cluster}. */
    public static Target onFreePorts(Path root, Path dataDir, boolean cluster) {
        Map<String, String> env = new HashMap<>();
        env.put("PHANANH_DATA_DIR", dataDir.toAbsolutePath().toString());
        PORTS.forEach(port -> env.put(port, Integer.toString(Ports.free())));
        if (cluster) {
            CLUSTER_PORTS.forEach(port -> env.put(port, Integer.toString(Ports.free())));
            TOPOLOGY.forEach(name -> { if (System.getenv(name) != null) env.put(name, System.getenv(name)); });
        }
        return new Target(root.toAbsolutePath(), env);
    }

    /** Whether this is a cluster run's target: its further brokers have ports. */
    public boolean cluster() {
        return env.containsKey("KAFKA_PORT_2");
    }

    public Path dataDir() {
        return Path.of(env.get("PHANANH_DATA_DIR"));
    }

    /** Every broker's address: a client goes on through the others when one is killed. */
    public String kafkaBootstrap() {
        StringBuilder bootstrap = new StringBuilder("127.0.0.1:" + port("KAFKA_PORT", 9092));
        for (String further : List.of("KAFKA_PORT_2", "KAFKA_PORT_3")) {
            if (env.get(further) != null) {
                bootstrap.append(",127.0.0.1:").append(port(further, 0));
            }
        }
        return bootstrap.toString();
    }

    /** Every node's address, comma-separated ({@link ElasticsearchHttp} fails over between them). */
    public String elasticsearchUrl() {
        String url = "http://127.0.0.1:" + port("ELASTICSEARCH_PORT", 9200);
        return env.get("ELASTICSEARCH_PORT_2") == null ? url : url + ",http://127.0.0.1:" + port("ELASTICSEARCH_PORT_2", 0);
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
        state.stringPropertyNames().stream().filter(key -> key.endsWith(".pid")).sorted()
                .forEach(key -> pids.put(key.substring(0, key.length() - ".pid".length()),
                        Long.parseLong(state.getProperty(key).trim())));
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
