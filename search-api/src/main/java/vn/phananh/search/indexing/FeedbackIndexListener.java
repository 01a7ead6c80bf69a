package vn.phananh.search.indexing;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.Topics;
import vn.phananh.search.system.SearchProperties;

/** Indexes the current state of each feedback, {@code _id} = feedbackId, version = revision. */
@Component
class FeedbackIndexListener {

    static final String ID = "feedback-indexer";

    private final BatchIndexer indexer;
    private final IndexTargets targets;

    FeedbackIndexListener(BatchIndexer indexer, IndexTargets targets) {
        this.indexer = indexer;
        this.targets = targets;
    }

    @KafkaListener(id = ID, topics = SearchProperties.TopicNames.ENRICHED,
            groupId = "${phananh.search.indexer.group-id}", containerFactory = "indexerContainerFactory",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        indexer.index(records, targets.feedback(), FeedbackIndexListener::decode);
    }

    static DocumentDecoder.Decoded decode(String topic, byte[] value) {
        EnrichedFeedback feedback = Topics.ENRICHED.valueSerde().deserializer().deserialize(topic, value);
        return new DocumentDecoder.Decoded(feedback.getFeedbackId(), feedback.getRevision(),
                FeedbackDocument.from(feedback));
    }
}
