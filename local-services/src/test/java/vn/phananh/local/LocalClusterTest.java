package vn.phananh.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster run's servers as {@code ./pipeline up --cluster} starts them: three KRaft nodes
 * (combined broker and controller, static quorum) whose topics get replication 3 and min ISR 2 by
 * default, and two Elasticsearch nodes that form one cluster where an index with a replica is
 * green. Then one broker and the node outside the voting configuration are killed with SIGKILL:
 * {@code acks=all} writes still succeed on two in-sync replicas, and the index is still written
 * and searched on the remaining node.
 */
class LocalClusterTest {

    private static final Duration START = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<LocalKafka> brokers = new ArrayList<>();
    private static final List<LocalElasticsearch> nodes = new ArrayList<>();
    private static KafkaCluster kafka;
    private static ElasticsearchCluster elasticsearch;

    @BeforeAll
    static void startCluster() {
        Distribution distribution = Distribution.fromBuild().verified();
        Path root = Path.of("target/local-services-test", "cluster-" + ProcessHandle.current().pid());
        kafka = new KafkaCluster(org.apache.kafka.common.Uuid.randomUuid().toString(), List.of(
                new KafkaCluster.Node(1, Ports.free(), Ports.free()), new KafkaCluster.Node(2, Ports.free(), Ports.free()),
                new KafkaCluster.Node(3, Ports.free(), Ports.free())), 3, 2);
        elasticsearch = new ElasticsearchCluster(List.of(new ElasticsearchCluster.Node("es-1", Ports.free(), Ports.free()),
                new ElasticsearchCluster.Node("es-2", Ports.free(), Ports.free())));
        kafka.nodes().forEach(n -> brokers.add(new LocalKafka(distribution, root.resolve("kafka-" + n.id()), kafka, n.id())));
        elasticsearch.nodes().forEach(n -> nodes.add(new LocalElasticsearch(distribution, root.resolve(n.name()),
                elasticsearch, n.name())));
        List<CompletableFuture<?>> started = new ArrayList<>();
        brokers.forEach(b -> started.add(inThread(() -> b.start(START))));
        nodes.forEach(n -> started.add(inThread(() -> n.start(START))));
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stopCluster() {
        brokers.forEach(b -> b.stop(Duration.ofSeconds(5)));
        nodes.forEach(n -> n.stop(Duration.ofSeconds(5)));
    }

    @Test
    void threeBrokersReplicateEveryTopicThreeTimesAndTakeWritesWithOneKilled() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(3);
            assertThat(admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).voters()).hasSize(3);
            // No replication factor given: the brokers' default, as the services create their topics.
            admin.createTopics(Set.of(new NewTopic("cluster-check", java.util.Optional.of(3), java.util.Optional.empty())))
                    .all().get(60, TimeUnit.SECONDS);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                KafkaReplication.partitions(kafka.bootstrapServers()).stream().filter(p -> p.topic().equals("cluster-check")))
                .hasSize(3).allSatisfy(p -> {
                    assertThat(p.replicas()).isEqualTo(3);
                    assertThat(p.inSync()).isEqualTo(3);
                    assertThat(p.minInsync()).isEqualTo(2);
                }));
        try (KafkaProducer<String, String> producer = producer()) {
            for (int partition = 0; partition < 3; partition++) {
                producer.send(new ProducerRecord<>("cluster-check", partition, "before", "3 in sync")).get(30, TimeUnit.SECONDS);
            }
        }

        LocalKafka killed = brokers.get(kafka.node(2).id() - 1);
        ManagedProcess.signalGroup(killed.pid(), "KILL");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !killed.isRunning());

        // Two replicas in sync of three: at min ISR, every partition still takes acks=all writes once its leader moved.
        try (KafkaProducer<String, String> producer = producer()) {
            for (int partition = 0; partition < 3; partition++) {
                producer.send(new ProducerRecord<>("cluster-check", partition, "after", "2 in sync")).get(90, TimeUnit.SECONDS);
            }
        }
        KafkaReplication.Summary summary = KafkaReplication.summary(kafka.bootstrapServers());
        assertThat(summary.brokers()).isEqualTo(2);
        assertThat(summary.underReplicated()).isPositive();
        assertThat(summary.underMinIsr()).isZero();
    }

    @Test
    void twoNodesHoldAReplicaOfTheIndexAndServeWithOneKilled() throws Exception {
        String url = elasticsearch.nodes().getFirst().url();
        assertThat(call("PUT", url + "/feedback-check", "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":1}}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> health = call("GET", url + "/_cluster/health/feedback-check?wait_for_status=green&timeout=90s", null);
        assertThat(health.body()).contains("\"status\":\"green\"").contains("\"number_of_nodes\":2")
                .contains("\"active_shards\":2");

        // Two master-eligible nodes vote with one: the other is the one a cluster of two can lose.
        String voting = call("GET", url + "/_cluster/state/metadata?filter_path=metadata.cluster_coordination.last_committed_config",
                null).body();
        LocalElasticsearch outside = nodes.stream().filter(n -> !voting.contains(nodeId(n))).findFirst().orElseThrow();
        LocalElasticsearch remaining = nodes.stream().filter(n -> n != outside).findFirst().orElseThrow();
        ManagedProcess.signalGroup(outside.pid(), "KILL");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !outside.isRunning());

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(call("PUT",
                remaining.url() + "/feedback-check/_doc/1?refresh=true", "{\"text\":\"vẫn ghi được\"}").statusCode())
                .isBetween(200, 201));
        assertThat(call("GET", remaining.url() + "/feedback-check/_count", null).body()).contains("\"count\":1");
        assertThat(call("GET", remaining.url() + "/_cluster/health", null).body()).contains("\"status\":\"yellow\"")
                .contains("\"number_of_nodes\":1");
    }

    private static String nodeId(LocalElasticsearch node) {
        try {
            String body = call("GET", node.url() + "/_nodes/_local?filter_path=nodes.*.name", null).body();
            return body.substring(body.indexOf("{\"nodes\":{\"") + 11, body.indexOf("\":{\"name\""));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 85_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000), new StringSerializer(), new StringSerializer());
    }

    private static HttpResponse<String> call(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(100))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<Void> inThread(Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                task.run();
                done.complete(null);
            }
            catch (RuntimeException | Error ex) {
                done.completeExceptionally(ex);
            }
        });
        return done;
    }
}
