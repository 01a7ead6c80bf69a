package vn.phananh.search.system;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.util.backoff.ExponentialBackOff;

import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.StatusChange;
import vn.phananh.schema.MessageLog;
import vn.phananh.schema.Topics;

/**
 * Kafka wiring: the indexer's batch containers (raw bytes in, decoded by the indexer so a bad
 * record becomes a dead letter instead of a poison pill), the dead-letter, status and label
 * correction producers.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    ConsumerFactory<String, byte[]> indexerConsumerFactory(KafkaProperties kafka, MeterRegistry registry) {
        var factory = new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties(), new StringDeserializer(),
                new ByteArrayDeserializer());
        // The consumers' own metrics (records-lag-max per partition: how far the index is behind).
        factory.addListener(new MicrometerConsumerListener<>(registry));
        return factory;
    }

    /**
     * Offsets are committed after the listener returned, i.e. after every item is in
     * Elasticsearch or in the dead-letter topic. Any exception (Elasticsearch unreachable, items
     * still retriable) hands the same batch back after an unlimited exponential back-off,
     * during which the consumer is paused: nothing is skipped.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> indexerContainerFactory(
            ConsumerFactory<String, byte[]> indexerConsumerFactory, SearchProperties properties) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(indexerConsumerFactory);
        factory.setBatchListener(true);
        factory.setConcurrency(properties.indexer().concurrency());
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.indexer().maxBackoff().toMillis());
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(backOff);
        errorHandler.setRetryListeners(new RetryLogger());
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    /** One line per failed attempt, so an outage is visible; record ids only, never text. */
    static final class RetryLogger implements RetryListener {

        private static final Logger log = LoggerFactory.getLogger(RetryLogger.class);

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
            // The key of the enriched and alert topics is the feedback or alert id.
            try (var scope = MessageLog.of(record.key() instanceof String id ? id : null, null)) {
                log.warn("Record {}-{}@{} not indexed (attempt {}): {}", record.topic(), record.partition(),
                        record.offset(), deliveryAttempt, ex.toString());
            }
        }

        @Override
        public void failedDelivery(ConsumerRecords<?, ?> records, Exception ex, int deliveryAttempt) {
            log.warn("Batch of {} records not indexed (attempt {}), retrying after back-off: {}", records.count(),
                    deliveryAttempt, ex.toString());
        }
    }

    @Bean
    KafkaTemplate<byte[], byte[]> deadLetterTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        return withoutContentsInLogs(new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer())));
    }

    @Bean
    KafkaTemplate<String, LabelCorrection> labelCorrectionTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        return withoutContentsInLogs(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), Topics.LABELS.valueSerde().serializer())));
    }

    @Bean
    KafkaTemplate<String, StatusChange> statusChangeTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        return withoutContentsInLogs(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), Topics.STATUS.valueSerde().serializer())));
    }

    @Bean
    KafkaTemplate<String, vn.phananh.avro.Rating> ratingTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        return withoutContentsInLogs(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), Topics.RATINGS.valueSerde().serializer())));
    }

    /**
     * A template logs a failed send with the record by default: a status change holds the answer
     * to the citizen, a correction the masked text and who made it, a dead letter the original
     * bytes. The failure is logged without them.
     */
    private static <K, V> KafkaTemplate<K, V> withoutContentsInLogs(KafkaTemplate<K, V> template) {
        LoggingProducerListener<K, V> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        template.setProducerListener(listener);
        return template;
    }
}
