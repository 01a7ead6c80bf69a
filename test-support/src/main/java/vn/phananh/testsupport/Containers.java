package vn.phananh.testsupport;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.MountableFile;

import vn.phananh.local.Distribution;
import vn.phananh.local.KeycloakSettings;
import vn.phananh.local.LocalKeycloak;

/** The official images, for machines where a Docker engine answers. */
final class Containers {

    /** Image versions follow the versions the build uses for the local processes. */
    private static final Distribution VERSIONS = Distribution.fromBuild();
    static final String KAFKA_IMAGE = "apache/kafka:" + VERSIONS.kafkaVersion();
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:" + VERSIONS.elasticsearchVersion();
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:" + VERSIONS.keycloakVersion();

    static KafkaService kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-kafka-container"));
        return new KafkaService(container.getBootstrapServers(), "testcontainers", null);
    }

    static ElasticsearchService elasticsearch() {
        ElasticsearchContainer container = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-elasticsearch-container"));
        return new ElasticsearchService("http://" + container.getHttpHostAddress(), "testcontainers");
    }

    /** The official image with the development realm imported, as docker-compose.yml runs it. */
    static KeycloakService keycloak(KeycloakSettings settings) {
        GenericContainer<?> container = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withCommand("start-dev", "--import-realm", "--health-enabled=true")
                .withCopyToContainer(MountableFile.forClasspathResource(LocalKeycloak.REALM_RESOURCE.substring(1)),
                        "/opt/keycloak/data/import/phananh-realm.json")
                .withEnv(settings.realmVariables())
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/" + LocalKeycloak.REALM).forPort(8080)
                        .withStartupTimeout(Duration.ofMinutes(5)));
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-keycloak-container"));
        return new KeycloakService("http://" + container.getHost() + ":" + container.getMappedPort(8080), settings,
                "testcontainers");
    }

    private Containers() {
    }
}
