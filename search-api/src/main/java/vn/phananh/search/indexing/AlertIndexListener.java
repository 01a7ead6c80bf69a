package vn.phananh.search.indexing;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.phananh.avro.Alert;
import vn.phananh.schema.Topics;

/** Indexes alerts, {@code _id} = alertId: the same condition raised twice is one alert. */
@Component
class AlertIndexListener {

    private final BatchIndexer indexer;
    private final IndexTargets targets;

    AlertIndexListener(BatchIndexer indexer, IndexTargets targets) {
        this.indexer = indexer;
        this.targets = targets;
    }

    @KafkaListener(id = "alert-indexer", topics = "${phananh.search.topics.alerts}",
            groupId = "${phananh.search.indexer.group-id}", containerFactory = "indexerContainerFactory",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        indexer.index(records, targets.alerts(), AlertIndexListener::decode);
    }

    private static DocumentDecoder.Decoded decode(String topic, byte[] value) {
        Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(topic, value);
        return new DocumentDecoder.Decoded(alert.getAlertId(), null, AlertDocument.from(alert));
    }
}
