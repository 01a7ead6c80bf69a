package vn.phananh.search.indexing;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.Topics;
import vn.phananh.search.system.SearchProperties;

/**
 * Indexes the current state of each feedback, {@code _id} = feedbackId, version = revision; once
 * the batch is in Elasticsearch the {@link FeedbackIndexedListener}s hear about its feedback.
 */
@Component
class FeedbackIndexListener {

    static final String ID = "feedback-indexer";
    private static final Logger log = LoggerFactory.getLogger(FeedbackIndexListener.class);

    private final BatchIndexer indexer;
    private final IndexTargets targets;
    private final ObjectProvider<FeedbackIndexedListener> listeners;

    FeedbackIndexListener(BatchIndexer indexer, IndexTargets targets, ObjectProvider<FeedbackIndexedListener> listeners) {
        this.indexer = indexer;
        this.targets = targets;
        this.listeners = listeners;
    }

    @KafkaListener(id = ID, topics = SearchProperties.TopicNames.ENRICHED,
            groupId = "${phananh.search.indexer.group-id}", containerFactory = "indexerContainerFactory",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        indexer.index(records, targets.feedback(), FeedbackIndexListener::decode);
        announce(records);
    }

    /** Undecodable records went to the dead letters inside {@code index}; they are skipped here. */
    private void announce(List<ConsumerRecord<String, byte[]>> records) {
        List<FeedbackDocument> indexed = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() != null) {
                try {
                    indexed.add((FeedbackDocument) decode(record.topic(), record.value()).document());
                }
                catch (RuntimeException ex) {
                    // already dead-lettered by the indexer
                }
            }
        }
        if (!indexed.isEmpty()) {
            listeners.forEach(listener -> notify(listener, List.copyOf(indexed)));
        }
    }

    private static void notify(FeedbackIndexedListener listener, List<FeedbackDocument> indexed) {
        try {
            listener.feedbackIndexed(indexed);
        }
        catch (RuntimeException ex) {
            log.warn("Listener {} failed on {} indexed feedback: {}", listener.getClass().getSimpleName(),
                    indexed.size(), ex.toString());
        }
    }

    static DocumentDecoder.Decoded decode(String topic, byte[] value) {
        EnrichedFeedback feedback = Topics.ENRICHED.valueSerde().deserializer().deserialize(topic, value);
        return new DocumentDecoder.Decoded(feedback.getFeedbackId(), feedback.getRevision(),
                FeedbackDocument.from(feedback));
    }
}
