package vn.phananh.processor.system;

import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import vn.phananh.processor.deadline.DeadlineCalculator;
import vn.phananh.processor.enrich.Enricher;
import vn.phananh.processor.topology.DeadlinePolicy;
import vn.phananh.processor.topology.FeedbackEnricher;
import vn.phananh.processor.topology.FeedbackTopology;
import vn.phananh.schema.Topics;

/** Wires the topology with the real enricher and deadline rules and runs it. */
@Configuration(proxyBeanMethods = false)
class StreamsConfiguration {

    /** The pipeline's topics, created at start when missing (KafkaAdmin leaves existing ones alone). */
    @Bean
    KafkaAdmin.NewTopics pipelineTopics(ProcessorProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.all(properties.partitions()).stream()
                .map(topic -> topic.toNewTopic(java.util.Optional.of((short) properties.replicationFactor())))
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    FeedbackEnricher feedbackEnricher() {
        Enricher enricher = Enricher.fromClasspath();
        return raw -> enricher.enrich(raw.getText(), raw.getAttachments());
    }

    @Bean
    DeadlinePolicy deadlinePolicy(ProcessorProperties properties) {
        DeadlineCalculator calculator = new DeadlineCalculator(properties.deadlines().toRules());
        return (kind, topic, urgent, receivedAt) -> calculator.due(receivedAt, kind, topic, urgent);
    }

    @Bean
    Topology feedbackTopology(FeedbackEnricher enricher, DeadlinePolicy deadlines, ProcessorProperties properties) {
        return FeedbackTopology.build(enricher, deadlines, properties.spike().rule());
    }

    @Bean
    KafkaStreamsRunner kafkaStreamsRunner(Topology topology, ProcessorProperties properties, KafkaProperties kafka) {
        return new KafkaStreamsRunner(topology, streamsConfig(properties, kafka.getBootstrapServers()));
    }

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
        return new KafkaStreamsHealthIndicator(runner);
    }

    static Properties streamsConfig(ProcessorProperties properties, List<String> bootstrapServers) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, properties.applicationId());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", bootstrapServers));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, properties.stateDir().toAbsolutePath().toString());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, properties.streamThreads());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) properties.replicationFactor());
        // A record that cannot be written (too large, not authorised) stops the thread rather than
        // being dropped: under exactly-once, skipping it would lose a state change for good.
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);
        // A new application reads the raw topic from its beginning: nothing is skipped.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        config.putAll(properties.streams());
        return config;
    }
}
