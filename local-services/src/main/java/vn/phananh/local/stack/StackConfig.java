package vn.phananh.local.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phananh.local.ElasticsearchCluster;
import vn.phananh.local.KafkaCluster;
import vn.phananh.local.KeycloakSettings;

/**
 * Where the local stack lives, which ports it uses and how many of each part it runs. Ports come
 * from the same environment variables the services and docker-compose.yml read, with the
 * documented defaults; the identity provider's development secrets from theirs (fake defaults).
 *
 * <p>The topology is configuration too: one of each part, or with {@code --cluster} 3 Kafka brokers
 * (replication 3, min ISR 2), 2 Elasticsearch nodes (1 replica), 2 stream processors and 2 search
 * APIs (indexers of one consumer group). Each count, the replication and the replicas can be set by
 * variable ({@link Topology#from}); instance n of a part listens on {@code <PORT>_n} when set, else on
 * the first instance's port + 1000·(n−1).
 */
record StackConfig(Path root, Path dataDir, Topology topology, KafkaCluster kafka, ElasticsearchCluster elasticsearch,
        int keycloakPort, int keycloakManagementPort, List<ServiceSpec> services, KeycloakSettings keycloak) {

    /** Added to the first instance's port for each further instance whose port is not set. */
    static final int INSTANCE_PORT_STEP = 1000;

    /**
     * How many of each part run and how the data is replicated.
     *
     * @param cluster whether {@code up --cluster} asked for it (the counts' defaults)
     */
    record Topology(boolean cluster, int kafkaBrokers, int elasticsearchNodes, int processors, int searchApis,
            int replicationFactor, int minInsyncReplicas, int indexReplicas) {

        /**
         * {@code PHANANH_KAFKA_BROKERS}, {@code PHANANH_ELASTICSEARCH_NODES}, {@code PHANANH_PROCESSOR_INSTANCES},
         * {@code PHANANH_SEARCH_INSTANCES} (1 each, or 3, 2, 2, 2 for a cluster), {@code PHANANH_REPLICATION_FACTOR}
         * (the brokers, at most 3), {@code PHANANH_MIN_INSYNC_REPLICAS} (one less than the replication, at least 1)
         * and {@code ELASTICSEARCH_INDEX_REPLICAS} (1 with two nodes or more, else 0).
         */
        static Topology from(Map<String, String> env, boolean cluster) {
            int brokers = count(env, "PHANANH_KAFKA_BROKERS", cluster ? 3 : 1);
            int nodes = count(env, "PHANANH_ELASTICSEARCH_NODES", cluster ? 2 : 1);
            int replication = count(env, "PHANANH_REPLICATION_FACTOR", Math.min(3, brokers));
            int minIsr = count(env, "PHANANH_MIN_INSYNC_REPLICAS", Math.max(1, replication - 1));
            int replicas = integer(env, "ELASTICSEARCH_INDEX_REPLICAS", nodes > 1 ? 1 : 0);
            if (replicas < 0 || replicas >= nodes) {
                throw new IllegalArgumentException("ELASTICSEARCH_INDEX_REPLICAS=" + replicas + " needs " + (replicas + 1)
                        + " Elasticsearch nodes; there are " + nodes + " (PHANANH_ELASTICSEARCH_NODES)");
            }
            return new Topology(cluster, brokers, nodes, count(env, "PHANANH_PROCESSOR_INSTANCES", cluster ? 2 : 1),
                    count(env, "PHANANH_SEARCH_INSTANCES", cluster ? 2 : 1), replication, minIsr, replicas);
        }

        /** What the state file records, so that status, down, kill and start find the same parts. */
        void record(StackState state) {
            state.set("topology.cluster", cluster).set("topology.kafka-brokers", kafkaBrokers)
                    .set("topology.elasticsearch-nodes", elasticsearchNodes).set("topology.processors", processors)
                    .set("topology.search-apis", searchApis).set("topology.replication-factor", replicationFactor)
                    .set("topology.min-insync-replicas", minInsyncReplicas).set("topology.index-replicas", indexReplicas);
        }

        /** The topology a running stack recorded; the variables' when it recorded none. */
        static Topology recorded(StackState state, Map<String, String> env) {
            Map<String, String> merged = new java.util.HashMap<>(env);
            state.get("topology.kafka-brokers").ifPresent(v -> merged.put("PHANANH_KAFKA_BROKERS", v));
            state.get("topology.elasticsearch-nodes").ifPresent(v -> merged.put("PHANANH_ELASTICSEARCH_NODES", v));
            state.get("topology.processors").ifPresent(v -> merged.put("PHANANH_PROCESSOR_INSTANCES", v));
            state.get("topology.search-apis").ifPresent(v -> merged.put("PHANANH_SEARCH_INSTANCES", v));
            state.get("topology.replication-factor").ifPresent(v -> merged.put("PHANANH_REPLICATION_FACTOR", v));
            state.get("topology.min-insync-replicas").ifPresent(v -> merged.put("PHANANH_MIN_INSYNC_REPLICAS", v));
            state.get("topology.index-replicas").ifPresent(v -> merged.put("ELASTICSEARCH_INDEX_REPLICAS", v));
            return from(merged, state.get("topology.cluster").map(Boolean::parseBoolean).orElse(false));
        }
    }

    /**
     * One Spring Boot service process of the pipeline: its part name ({@code search-api-2} for a second
     * instance), its module, the variable its port is read from, its port, and what its environment adds.
     */
    record ServiceSpec(String name, String module, String portVariable, int port, Map<String, String> env) {

        ServiceSpec(String name, String module, String portVariable, int port) {
            this(name, module, portVariable, port, Map.of());
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        String healthUrl() {
            return url() + "/actuator/health";
        }
    }

    static StackConfig from(Path root, Path dataDir, Map<String, String> env) {
        return from(root, dataDir, env, false);
    }

    /** The configuration {@code up} (with {@code --cluster} or not) starts. */
    static StackConfig from(Path root, Path dataDir, Map<String, String> env, boolean cluster) {
        return from(root, dataDir, env, Topology.from(env, cluster));
    }

    /** The configuration of the stack that runs on {@code dataDir}: the topology its state file recorded. */
    static StackConfig ofRunning(Path root, Path dataDir, Map<String, String> env) {
        Path data = dataDir.toAbsolutePath().normalize();
        Topology topology = StackState.read(data.resolve("pipeline.properties"))
                .map(state -> Topology.recorded(state, env)).orElseGet(() -> Topology.from(env, false));
        return from(root, dataDir, env, topology);
    }

    static StackConfig from(Path root, Path dataDir, Map<String, String> env, Topology topology) {
        Path data = dataDir.toAbsolutePath().normalize();
        List<Integer> kafkaPorts = ports(env, "KAFKA_PORT", 9092, topology.kafkaBrokers());
        List<Integer> controllerPorts = ports(env, "KAFKA_CONTROLLER_PORT", 9093, topology.kafkaBrokers());
        List<KafkaCluster.Node> brokers = new ArrayList<>();
        for (int i = 0; i < topology.kafkaBrokers(); i++) {
            brokers.add(new KafkaCluster.Node(i + 1, kafkaPorts.get(i), controllerPorts.get(i)));
        }
        KafkaCluster kafka = new KafkaCluster(KafkaClusterId.of(data), brokers, topology.replicationFactor(),
                topology.minInsyncReplicas());
        List<Integer> esPorts = ports(env, "ELASTICSEARCH_PORT", 9200, topology.elasticsearchNodes());
        List<Integer> transportPorts = ports(env, "ELASTICSEARCH_TRANSPORT_PORT", 9300, topology.elasticsearchNodes());
        List<ElasticsearchCluster.Node> nodes = new ArrayList<>();
        for (int i = 0; i < topology.elasticsearchNodes(); i++) {
            nodes.add(new ElasticsearchCluster.Node(partName("elasticsearch", i, topology.elasticsearchNodes()),
                    esPorts.get(i), transportPorts.get(i)));
        }
        ElasticsearchCluster elasticsearch = topology.elasticsearchNodes() == 1
                ? ElasticsearchCluster.single(esPorts.getFirst(), transportPorts.getFirst()) : new ElasticsearchCluster(nodes);

        List<ServiceSpec> services = new ArrayList<>();
        List<Integer> searchPorts = ports(env, "SEARCH_PORT", 8080, topology.searchApis());
        for (int i = 0; i < topology.searchApis(); i++) {
            services.add(new ServiceSpec(partName("search-api", i, topology.searchApis()), "search-api", "SEARCH_PORT",
                    searchPorts.get(i)));
        }
        services.add(new ServiceSpec("ingest-service", "ingest-service", "INGEST_PORT", port(env, "INGEST_PORT", 8081)));
        List<Integer> processorPorts = ports(env, "PROCESSOR_PORT", 8082, topology.processors());
        for (int i = 0; i < topology.processors(); i++) {
            String name = partName("stream-processor", i, topology.processors());
            // Instances of one application id share the work, each with state stores of its own.
            Map<String, String> own = topology.processors() == 1 ? Map.of()
                    : Map.of("PHANANH_PROCESSOR_STATE_DIR", data.resolve("processor-" + (i + 1)).toString());
            services.add(new ServiceSpec(name, "stream-processor", "PROCESSOR_PORT", processorPorts.get(i), own));
        }
        // One sender: its sent ledger is read whole at start, so a second instance would not see the first's sends.
        services.add(new ServiceSpec("outbox-sender", "outbox-sender", "OUTBOX_PORT", port(env, "OUTBOX_PORT", 8083)));
        // The pages: a client of the (first) search API and the ingest service, started after them.
        int webPort = port(env, "WEB_PORT", 8084);
        services.add(new ServiceSpec("web-app", "web-app", "WEB_PORT", webPort,
                Map.of("SEARCH_API_URL", "http://127.0.0.1:" + searchPorts.getFirst())));
        return new StackConfig(root.toAbsolutePath().normalize(), data, topology, kafka, elasticsearch,
                port(env, "KEYCLOAK_PORT", 8180), port(env, "KEYCLOAK_MANAGEMENT_PORT", 8190), List.copyOf(services),
                KeycloakSettings.fromEnvironment(env, "http://127.0.0.1:" + webPort));
    }

    /** {@code kafka} when there is one, {@code kafka-1} … {@code kafka-n} when there are several. */
    static String partName(String part, int index, int count) {
        return count == 1 ? part : part + "-" + (index + 1);
    }

    /** Every broker's address. */
    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    /** The first node's address (what status shows and a single-URL client takes). */
    String elasticsearchUrl() {
        return elasticsearch.nodes().getFirst().url();
    }

    /** Every node's address, comma-separated: the services' {@code ELASTICSEARCH_URL}. */
    String elasticsearchUrls() {
        return elasticsearch.urls();
    }

    /** The part names of the Kafka brokers and of the Elasticsearch nodes, in order. */
    List<String> kafkaParts() {
        return java.util.stream.IntStream.range(0, kafka.nodes().size())
                .mapToObj(i -> partName("kafka", i, kafka.nodes().size())).toList();
    }

    List<String> elasticsearchParts() {
        return java.util.stream.IntStream.range(0, elasticsearch.nodes().size())
                .mapToObj(i -> partName("elasticsearch", i, elasticsearch.nodes().size())).toList();
    }

    /** Every part, in the order status lists them. */
    List<String> parts() {
        List<String> parts = new ArrayList<>(kafkaParts());
        parts.addAll(elasticsearchParts());
        parts.add("keycloak");
        services.forEach(s -> parts.add(s.name()));
        return parts;
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    /** The address of the web pages: the web app's. */
    String webUrl() {
        return services.stream().filter(s -> s.module().equals("web-app")).findFirst().orElseThrow().url();
    }

    Path stateFile() {
        return dataDir.resolve("pipeline.properties");
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    /** Every port the stack listens on, with what listens there. */
    Map<Integer, String> ports() {
        Map<Integer, String> ports = new java.util.LinkedHashMap<>();
        List<String> kafkaParts = kafkaParts();
        for (int i = 0; i < kafka.nodes().size(); i++) {
            ports.put(kafka.nodes().get(i).port(), kafkaParts.get(i));
            ports.put(kafka.nodes().get(i).controllerPort(), kafkaParts.get(i) + " controller");
        }
        List<String> esParts = elasticsearchParts();
        for (int i = 0; i < elasticsearch.nodes().size(); i++) {
            ports.put(elasticsearch.nodes().get(i).httpPort(), esParts.get(i));
            ports.put(elasticsearch.nodes().get(i).transportPort(), esParts.get(i) + " transport");
        }
        ports.put(keycloakPort, "Keycloak");
        ports.put(keycloakManagementPort, "Keycloak management");
        services.forEach(s -> ports.put(s.port(), s.name()));
        if (ports.size() != 2 * kafka.nodes().size() + 2 * elasticsearch.nodes().size() + 2 + services.size()) {
            throw new IllegalArgumentException("Two parts of the stack would listen on one port: " + ports
                    + "; set the ports of further instances (KAFKA_PORT_2, SEARCH_PORT_2, ...)");
        }
        return ports;
    }

    /** The port of each of {@code count} instances: {@code NAME}, then {@code NAME_2} … or the step above the first. */
    static List<Integer> ports(Map<String, String> env, String name, int fallback, int count) {
        List<Integer> ports = new ArrayList<>();
        int first = port(env, name, fallback);
        ports.add(first);
        for (int n = 2; n <= count; n++) {
            ports.add(port(env, name + "_" + n, first + INSTANCE_PORT_STEP * (n - 1)));
        }
        return ports;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return parsed(env, name, fallback, "a port number");
    }

    private static int count(Map<String, String> env, String name, int fallback) {
        int value = integer(env, name, fallback);
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, not " + value);
        }
        return value;
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        return parsed(env, name, fallback, "a number");
    }

    /** The variable as an integer, {@code fallback} when unset or blank; anything else is refused naming it. */
    private static int parsed(Map<String, String> env, String name, int fallback, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + " must be " + what + ", not '" + value + "'");
        }
    }
}
