package vn.phananh.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.phananh.local.Distribution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this test holds it to what the
 * services actually read: the same variables, ports and jars, and the images of the versions
 * the build uses.
 */
class DockerComposeTest {

    /** {@code ${NAME}} or {@code ${NAME:default}}; a default may hold another ({@code ${A:${B:x}/y}}: both read). */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}$]*))?");

    private final Map<String, Object> compose = load(Checkout.root().resolve("docker-compose.yml"));

    @ParameterizedTest
    @CsvSource({ "ingest-service, ingest-service, INGEST_PORT", "stream-processor, stream-processor, PROCESSOR_PORT",
            "search-api, search-api, SEARCH_PORT", "outbox-sender, outbox-sender, OUTBOX_PORT",
            "ingest-service-cluster, ingest-service, INGEST_PORT",
            "stream-processor-1, stream-processor, PROCESSOR_PORT", "stream-processor-2, stream-processor, PROCESSOR_PORT",
            "search-api-1, search-api, SEARCH_PORT", "search-api-2, search-api, SEARCH_PORT",
            "outbox-sender-cluster, outbox-sender, OUTBOX_PORT" })
    void everyServiceIsWiredWithTheVariablesItReads(String service, String module, String portVariable) throws IOException {
        Map<String, String> read = variablesRead(module);
        Map<String, Object> definition = service(service);
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) definition.get("environment");

        assertThat(read).containsKeys(portVariable, "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(read.keySet()).as("variables compose sets must be read by " + service)
                .containsAll(environment.keySet());
        assertThat(environment).containsKeys(portVariable, "KAFKA_BOOTSTRAP_SERVERS");
        String port = String.valueOf(environment.get(portVariable));
        if (service.equals(module)) {
            assertThat(port).isEqualTo(read.get(portVariable));
        }
        assertThat(String.valueOf(definition.get("ports"))).isEqualTo("[" + port + ":" + port + "]");
        assertThat(definition).containsKey("healthcheck");
        assertThat(String.valueOf(definition.get("healthcheck"))).contains("localhost:" + port + "/actuator/health");
    }

    /** The web app needs no Kafka: only the search API, the ingest service and the realm, by the variables it reads. */
    @ParameterizedTest
    @CsvSource({ "web-app, http://search-api:8080, http://ingest-service:8081",
            "web-app-cluster, http://search-api-1:8080, http://ingest-service-cluster:8081" })
    void theWebAppIsWiredToTheSearchApiIngestAndTheRealm(String service, String searchApi, String ingest) throws IOException {
        Map<String, String> read = variablesRead("web-app");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service(service).get("environment");
        assertThat(read.keySet()).containsAll(environment.keySet());
        assertThat(environment).containsEntry("SEARCH_API_URL", searchApi).containsEntry("INGEST_URL", ingest)
                .containsKeys("WEB_PORT", "KEYCLOAK_URL").doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(String.valueOf(service(service).get("ports"))).isEqualTo("[8084:8084]");
        assertThat(String.valueOf(service(service).get("healthcheck"))).contains("localhost:8084/actuator/health");
        // The host names it names are services of its own profile.
        assertThat(service(service).get("profiles")).isEqualTo(service(searchApi.replaceAll("http://|:\\d+", "")).get("profiles"));
    }

    @Test
    void theSearchApiReachesElasticsearch() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service("search-api").get("environment");
        assertThat(variablesRead("search-api")).containsKey("ELASTICSEARCH_URL");
        assertThat(environment.get("ELASTICSEARCH_URL")).isEqualTo("http://elasticsearch:9200");
    }

    @ParameterizedTest
    @CsvSource({ "ingest-service", "stream-processor", "search-api", "outbox-sender", "units", "ingest-service-cluster",
            "stream-processor-1", "stream-processor-2", "search-api-1", "search-api-2", "outbox-sender-cluster", "units-cluster",
            "web-app", "web-app-cluster" })
    void mountsTheJarTheBuildWrites(String service) {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service(service).get("volumes");
        String jar = volumes.stream().filter(v -> v.contains(".jar")).findFirst().orElseThrow().split(":")[0];
        assertThat(Checkout.root().resolve(jar.substring(2))).as("built by ./mvnw package").isRegularFile();
    }

    @Test
    void usesTheOfficialImagesOfTheVersionsTheBuildRuns() {
        Distribution versions = Distribution.fromBuild();
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + versions.kafkaVersion());
        assertThat(service("elasticsearch").get("image"))
                .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + versions.elasticsearchVersion());
        assertThat(service("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + versions.keycloakVersion());
        assertThat(service("kafka")).containsKey("healthcheck");
        assertThat(service("elasticsearch")).containsKey("healthcheck");
        assertThat(service("keycloak")).containsKey("healthcheck");
        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            assertThat(service(broker).get("image")).isEqualTo("apache/kafka:" + versions.kafkaVersion());
            assertThat(service(broker)).containsKey("healthcheck");
        }
        for (String node : List.of("elasticsearch-1", "elasticsearch-2")) {
            assertThat(service(node).get("image"))
                    .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + versions.elasticsearchVersion());
            assertThat(service(node)).containsKey("healthcheck");
        }
    }

    @Test
    void keycloakImportsTheDevelopmentRealmTheLocalStackImports() {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service("keycloak").get("volumes");
        String realm = volumes.stream().filter(v -> v.endsWith("phananh-realm.json:ro")).findFirst().orElseThrow()
                .split(":")[0];
        assertThat(Checkout.root().resolve(realm.substring(2))).isRegularFile()
                .hasSameTextualContentAs(Checkout.root().resolve("local-services/src/main/keycloak/phananh-realm.json"));
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--import-realm");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service("keycloak").get("environment");
        // Every placeholder of the realm file gets a value.
        java.util.regex.Matcher placeholders = VARIABLE.matcher(readRealm());
        while (placeholders.find()) {
            assertThat(environment).containsKey(placeholders.group(1));
        }
    }

    @ParameterizedTest
    @CsvSource({ "ingest-service", "search-api" })
    void theServicesTrustTheRealmTheBrowserSignsInAt(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
        assertThat(variablesRead(name)).containsKeys("KEYCLOAK_URL", "KEYCLOAK_ISSUER");
        assertThat(environment).containsEntry("KEYCLOAK_URL", "http://keycloak:8180")
                .containsEntry("KEYCLOAK_ISSUER", "http://localhost:8180/realms/phananh");
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--hostname=http://localhost:8180");
    }

    private static String readRealm() {
        try {
            return Files.readString(Checkout.root().resolve("local-services/src/main/keycloak/phananh-realm.json"));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void hasExactlyTheSixPartsAndTheUnitsSeed() {
        assertThat(inProfile("single")).containsExactlyInAnyOrder("kafka", "elasticsearch", "keycloak", "units",
                "ingest-service", "stream-processor", "search-api", "outbox-sender", "web-app");
        // Every service reads the units the seed put on units.v1, so none starts before it is done.
        for (String service : List.of("ingest-service", "stream-processor", "search-api", "outbox-sender")) {
            assertThat(String.valueOf(service(service).get("depends_on"))).as(service)
                    .contains("units={condition=service_completed_successfully}");
        }
        assertThat(String.valueOf(service("units").get("command"))).contains("seed, /units/dev");
    }

    /** docker compose up alone is the single-node topology: .env names its profile. */
    @Test
    void theSingleTopologyIsTheDefaultProfile() throws IOException {
        assertThat(Files.readAllLines(Checkout.root().resolve(".env"))).contains("COMPOSE_PROFILES=single");
        assertThat(service("keycloak")).as("Keycloak serves both topologies").doesNotContainKey("profiles");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        services.forEach((name, definition) -> {
            if (!name.equals("keycloak")) {
                assertThat(definition.get("profiles")).as(name).isIn(List.of("single"), List.of("cluster"));
            }
        });
    }

    /**
     * The cluster profile is the topology of {@code ./pipeline up --cluster}: three KRaft nodes of one
     * quorum whose topics are replicated 3 times with min ISR 2, two Elasticsearch nodes of one cluster
     * whose indices get a replica, two processors and two search APIs, one ingest service.
     */
    @Test
    void theClusterProfileIsTheTopologyOfTheClusterRun() {
        assertThat(inProfile("cluster")).containsExactlyInAnyOrder("kafka-1", "kafka-2", "kafka-3", "elasticsearch-1",
                "elasticsearch-2", "keycloak", "units-cluster", "ingest-service-cluster", "stream-processor-1",
                "stream-processor-2", "search-api-1", "search-api-2", "outbox-sender-cluster", "web-app-cluster");
        String voters = "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093";
        Set<Object> clusterIds = new java.util.HashSet<>();
        Set<Object> nodeIds = new java.util.HashSet<>();
        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            Map<String, Object> env = environment(broker);
            assertThat(env).as(broker).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", voters)
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3").containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE", "false");
            assertThat(String.valueOf(env.get("KAFKA_ADVERTISED_LISTENERS"))).contains("PLAINTEXT://" + broker + ":19092");
            assertThat(String.valueOf(env.get("KAFKA_HEAP_OPTS"))).contains("-Xmx512m");
            clusterIds.add(env.get("CLUSTER_ID"));
            nodeIds.add(env.get("KAFKA_NODE_ID"));
        }
        assertThat(clusterIds).as("one cluster id, a valid Kafka Uuid").hasSize(1);
        assertThat(org.apache.kafka.common.Uuid.fromString(String.valueOf(clusterIds.iterator().next()))).isNotNull();
        assertThat(nodeIds).containsExactlyInAnyOrder("1", "2", "3");

        for (String node : List.of("elasticsearch-1", "elasticsearch-2")) {
            assertThat(environment(node)).as(node).containsEntry("node.name", node).containsEntry("cluster.name", "phananh")
                    .containsEntry("discovery.seed_hosts", "elasticsearch-1,elasticsearch-2")
                    .containsEntry("cluster.initial_master_nodes", "elasticsearch-1,elasticsearch-2")
                    .containsEntry("ES_JAVA_OPTS", "-Xms512m -Xmx512m").doesNotContainKey("discovery.type");
        }
        String brokers = "kafka-1:19092,kafka-2:19092,kafka-3:19092";
        for (String service : List.of("units-cluster", "ingest-service-cluster", "stream-processor-1", "stream-processor-2",
                "search-api-1", "search-api-2")) {
            assertThat(environment(service)).as(service).containsEntry("KAFKA_BOOTSTRAP_SERVERS", brokers);
        }
        for (String processor : List.of("stream-processor-1", "stream-processor-2")) {
            assertThat(environment(processor)).containsEntry("PHANANH_REPLICATION_FACTOR", "3")
                    .doesNotContainKey("PHANANH_PROCESSOR_APPLICATION_ID");
        }
        assertThat(String.valueOf(service("stream-processor-1").get("volumes")))
                .as("each processor its own state").contains("processor-1-state:/data").doesNotContain("processor-2-state");
        for (String search : List.of("search-api-1", "search-api-2")) {
            assertThat(environment(search)).containsEntry("ELASTICSEARCH_URL",
                    "http://elasticsearch-1:9200,http://elasticsearch-2:9200")
                    .containsEntry("ELASTICSEARCH_INDEX_REPLICAS", "1").doesNotContainKey("INDEXER_GROUP");
        }
    }

    /** The services a profile starts: those of the profile and those of none. */
    private java.util.List<String> inProfile(String profile) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        return services.entrySet().stream().filter(e -> e.getValue().get("profiles") == null
                || ((List<?>) e.getValue().get("profiles")).contains(profile)).map(Map.Entry::getKey).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(String service) {
        return (Map<String, Object>) service(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    /** The environment variables an application.yml reads, with their defaults. */
    private static Map<String, String> variablesRead(String module) throws IOException {
        String yaml = Files.readString(Checkout.root().resolve(module).resolve("src/main/resources/application.yml"));
        Map<String, String> found = new java.util.TreeMap<>();
        Matcher matcher = VARIABLE.matcher(yaml);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    private static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static Set<String> sorted(Set<String> names) {
        return new TreeSet<>(names);
    }
}
