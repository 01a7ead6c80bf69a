package vn.phananh.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalServicesTest {

    private final Distribution distribution = Distribution.fromBuild().verified();

    @Test
    void kafkaKeepsItsTopicsAcrossARestartAndLeavesNoProcess() throws Exception {
        LocalKafka kafka = new LocalKafka(distribution, target("kafka-restart"), Ports.free(), Ports.free());
        kafka.start(Duration.ofMinutes(2));
        long pid = kafka.pid();
        try (Admin admin = admin(kafka)) {
            admin.createTopics(Set.of(new NewTopic("survives-restart", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        kafka.stop();
        assertThat(ManagedProcess.groupAlive(pid)).isFalse();

        kafka.start(Duration.ofMinutes(2));
        try (Admin admin = admin(kafka)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("survives-restart");
        }
        long second = kafka.pid();
        kafka.stop();
        assertThat(ManagedProcess.groupAlive(second)).isFalse();
    }

    @Test
    void refusesASecondBrokerOnTheSamePorts() {
        try (LocalKafka kafka = new LocalKafka(distribution, target("kafka-twice"), Ports.free(), Ports.free())) {
            kafka.start(Duration.ofMinutes(2));
            LocalKafka second = new LocalKafka(distribution, target("kafka-twice"), kafka.port(), Ports.free());
            assertThatThrownBy(() -> second.start(Duration.ofSeconds(30)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already in use");
        }
    }

    @Test
    void elasticsearchBecomesHealthyAndStopsCompletely() {
        LocalElasticsearch node = new LocalElasticsearch(distribution, target("es"), Ports.free(), Ports.free());
        node.start(Duration.ofMinutes(3));
        long pid = node.pid();
        assertThat(node.isHealthy()).isTrue();
        node.stop();
        assertThat(ManagedProcess.groupAlive(pid)).isFalse();
        assertThat(node.isHealthy()).isFalse();
    }

    private static Path target(String name) {
        return Path.of("target/local-services-test", name + "-" + ProcessHandle.current().pid());
    }

    private static Admin admin(LocalKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
