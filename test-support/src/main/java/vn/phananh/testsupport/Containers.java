package vn.phananh.testsupport;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

import vn.phananh.local.Distribution;

/** The official images, for machines where a Docker engine answers. */
final class Containers {

    /** Image versions follow the versions the build uses for the local processes. */
    private static final Distribution VERSIONS = Distribution.fromBuild();
    static final String KAFKA_IMAGE = "apache/kafka:" + VERSIONS.kafkaVersion();
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:" + VERSIONS.elasticsearchVersion();

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

    private Containers() {
    }
}
