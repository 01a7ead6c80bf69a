package vn.phananh.search.indexing;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.phananh.avro.Alert;
import vn.phananh.schema.Topics;
import vn.phananh.search.system.SearchProperties;

/**
 * Indexes alerts, {@code _id} = alertId: the same condition raised twice is one alert. Once a
 * batch is in Elasticsearch, the {@link AlertsIndexedListener}s hear about its alerts.
 */
@Component
class AlertIndexListener {

    private static final Logger log = LoggerFactory.getLogger(AlertIndexListener.class);

    private final BatchIndexer indexer;
    private final IndexTargets targets;
    private final ObjectProvider<AlertsIndexedListener> listeners;

    AlertIndexListener(BatchIndexer indexer, IndexTargets targets, ObjectProvider<AlertsIndexedListener> listeners) {
        this.indexer = indexer;
        this.targets = targets;
        this.listeners = listeners;
    }

    @KafkaListener(id = "alert-indexer", topics = SearchProperties.TopicNames.ALERTS,
            groupId = "${phananh.search.indexer.group-id}", containerFactory = "indexerContainerFactory",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        indexer.index(records, targets.alerts(), AlertIndexListener::decode);
        announce(records);
    }

    /** Undecodable records went to the dead letters inside {@code index}; they are skipped here. */
    private void announce(List<ConsumerRecord<String, byte[]>> records) {
        List<AlertDocument> alerts = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                alerts.add(document(record.topic(), record.value()));
            }
            catch (RuntimeException ex) {
                // already dead-lettered by the indexer
            }
        }
        if (alerts.isEmpty()) {
            return;
        }
        listeners.forEach(listener -> notify(listener, alerts));
    }

    private static void notify(AlertsIndexedListener listener, List<AlertDocument> alerts) {
        try {
            listener.alertsIndexed(List.copyOf(alerts));
        }
        catch (RuntimeException ex) {
            log.warn("Listener {} failed on {} indexed alerts: {}", listener.getClass().getSimpleName(), alerts.size(),
                    ex.toString());
        }
    }

    private static DocumentDecoder.Decoded decode(String topic, byte[] value) {
        AlertDocument alert = document(topic, value);
        return new DocumentDecoder.Decoded(alert.alertId(), null, alert);
    }

    private static AlertDocument document(String topic, byte[] value) {
        Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(topic, value);
        return AlertDocument.from(alert);
    }
}
