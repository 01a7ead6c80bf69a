package vn.phananh.local.stack;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cluster run's topology is configuration: counts, replication and ports from the environment. */
class StackConfigTest {

    private final Path root = Path.of("target/stack-config-test");

    @Test
    void oneOfEachWithoutClusterAndTheDocumentedClusterWithIt() {
        StackConfig single = StackConfig.from(root, root.resolve("var"), Map.of());
        assertThat(single.parts()).containsExactly("kafka", "elasticsearch", "keycloak", "search-api", "ingest-service",
                "stream-processor", "outbox-sender", "web-app");
        assertThat(single.kafka().replicationFactor()).isEqualTo(1);
        assertThat(single.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");

        StackConfig cluster = StackConfig.from(root, root.resolve("var"), Map.of(), true);
        assertThat(cluster.parts()).containsExactly("kafka-1", "kafka-2", "kafka-3", "elasticsearch-1", "elasticsearch-2",
                "keycloak", "search-api-1", "search-api-2", "ingest-service", "stream-processor-1", "stream-processor-2",
                "outbox-sender", "web-app");
        assertThat(cluster.kafka().replicationFactor()).isEqualTo(3);
        assertThat(cluster.kafka().minInsyncReplicas()).isEqualTo(2);
        assertThat(cluster.topology().indexReplicas()).isEqualTo(1);
        assertThat(cluster.kafkaBootstrap()).isEqualTo("127.0.0.1:9092,127.0.0.1:10092,127.0.0.1:11092");
        assertThat(cluster.elasticsearchUrls()).isEqualTo("http://127.0.0.1:9200,http://127.0.0.1:10200");
        assertThat(new HashSet<>(cluster.ports().keySet())).hasSize(2 * 3 + 2 * 2 + 2 + 7);
        // The pages sign in at the web app's address and read the first search API.
        assertThat(single.webUrl()).isEqualTo("http://127.0.0.1:8084");
        assertThat(cluster.services().getLast().env()).containsEntry("SEARCH_API_URL", "http://127.0.0.1:8080");
        // Instances of one application id, each with state stores of its own.
        assertThat(cluster.services().stream().filter(s -> s.module().equals("stream-processor"))
                .map(s -> s.env().get("PHANANH_PROCESSOR_STATE_DIR")).distinct()).hasSize(2).doesNotContainNull();
    }

    @Test
    void countsReplicationAndPortsComeFromTheEnvironment() {
        StackConfig config = StackConfig.from(root, root.resolve("var"), Map.of("PHANANH_KAFKA_BROKERS", "5",
                "PHANANH_REPLICATION_FACTOR", "3", "PHANANH_MIN_INSYNC_REPLICAS", "2", "PHANANH_SEARCH_INSTANCES", "3",
                "KAFKA_PORT", "29092", "KAFKA_PORT_2", "29192", "SEARCH_PORT_3", "28083"), true);
        assertThat(config.kafka().nodes()).hasSize(5);
        assertThat(config.kafka().nodes().get(1).port()).isEqualTo(29192);
        assertThat(config.kafka().nodes().get(2).port()).isEqualTo(31092);
        assertThat(config.services().stream().filter(s -> s.module().equals("search-api")).map(StackConfig.ServiceSpec::port))
                .containsExactly(8080, 9080, 28083);
    }

    @Test
    void refusesWhatTheClusterCannotHold() {
        assertThatThrownBy(() -> StackConfig.from(root, root.resolve("var"), Map.of("PHANANH_REPLICATION_FACTOR", "3"), false))
                .hasMessageContaining("Replication factor 3 needs 1 to 1 brokers");
        assertThatThrownBy(() -> StackConfig.from(root, root.resolve("var"), Map.of("ELASTICSEARCH_INDEX_REPLICAS", "2"), true))
                .hasMessageContaining("needs 3 Elasticsearch nodes");
        assertThatThrownBy(() -> StackConfig.from(root, root.resolve("var"), Map.of("KAFKA_PORT_2", "8080"), true).ports())
                .hasMessageContaining("Two parts of the stack would listen on one port");
    }

    @Test
    void aRunningStackIsReadWithTheTopologyItRecorded() {
        Path data = root.resolve("recorded-" + ProcessHandle.current().pid());
        StackConfig cluster = StackConfig.from(root, data, Map.of(), true);
        StackState state = StackState.empty();
        cluster.topology().record(state);
        state.write(cluster.stateFile());

        assertThat(StackConfig.ofRunning(root, data, Map.of()).parts()).isEqualTo(cluster.parts());
    }
}
