package vn.phananh.local.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.phananh.local.KeycloakSettings;

/**
 * Where the local stack lives and which ports it uses. Ports come from the same environment
 * variables the services and docker-compose.yml read, with the documented defaults; the identity
 * provider's development secrets from theirs (fake defaults).
 */
record StackConfig(Path root, Path dataDir, int kafkaPort, int kafkaControllerPort, int elasticsearchPort,
        int elasticsearchTransportPort, int keycloakPort, int keycloakManagementPort, List<ServiceSpec> services,
        KeycloakSettings keycloak) {

    /** One Spring Boot service of the pipeline. */
    record ServiceSpec(String name, String module, String portVariable, int port) {

        String url() {
            return "http://127.0.0.1:" + port;
        }

        String healthUrl() {
            return url() + "/actuator/health";
        }
    }

    static StackConfig from(Path root, Path dataDir, Map<String, String> env) {
        int searchPort = port(env, "SEARCH_PORT", 8080);
        return new StackConfig(root.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(),
                port(env, "KAFKA_PORT", 9092), port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "ELASTICSEARCH_PORT", 9200), port(env, "ELASTICSEARCH_TRANSPORT_PORT", 9300),
                port(env, "KEYCLOAK_PORT", 8180), port(env, "KEYCLOAK_MANAGEMENT_PORT", 8190),
                List.of(new ServiceSpec("search-api", "search-api", "SEARCH_PORT", searchPort),
                        new ServiceSpec("ingest-service", "ingest-service", "INGEST_PORT", port(env, "INGEST_PORT", 8081)),
                        new ServiceSpec("stream-processor", "stream-processor", "PROCESSOR_PORT",
                                port(env, "PROCESSOR_PORT", 8082)),
                        new ServiceSpec("outbox-sender", "outbox-sender", "OUTBOX_PORT", port(env, "OUTBOX_PORT", 8083))),
                KeycloakSettings.fromEnvironment(env, "http://127.0.0.1:" + searchPort));
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort;
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    /** The address of the web pages: the search API's. */
    String webUrl() {
        return services.stream().filter(s -> s.name().equals("search-api")).findFirst().orElseThrow().url();
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
        ports.put(kafkaPort, "Kafka");
        ports.put(kafkaControllerPort, "Kafka controller");
        ports.put(elasticsearchPort, "Elasticsearch");
        ports.put(elasticsearchTransportPort, "Elasticsearch transport");
        ports.put(keycloakPort, "Keycloak");
        ports.put(keycloakManagementPort, "Keycloak management");
        services.forEach(s -> ports.put(s.port(), s.name()));
        return ports;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
