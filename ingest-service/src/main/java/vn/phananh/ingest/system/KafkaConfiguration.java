package vn.phananh.ingest.system;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

import vn.phananh.schema.Topics;

/**
 * Creates the topics this service writes when they are missing, with the settings the schemas
 * module gives them. The producer itself is Boot's, configured in application.yml (acks=all,
 * idempotence, bounded blocking and delivery times).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Set<String> WRITTEN = Set.of(Topics.RAW_NAME, Topics.CHANNEL_EVENTS_NAME, Topics.RATINGS_NAME);

    /**
     * Boot's template logs a failed send with the record; its key is the feedback id, but a
     * value's contents must never reach a log line (the failure is reported without them).
     */
    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        LoggingProducerListener<Object, Object> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }

    @Bean
    @ConditionalOnBooleanProperty("phananh.ingest.publishing.create-topics")
    KafkaAdmin.NewTopics ingestTopics(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.all(properties.publishing().topicPartitions()).stream()
                .filter(topic -> WRITTEN.contains(topic.name()))
                .map(topic -> topic.toNewTopic(java.util.Optional.empty()))
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }
}
