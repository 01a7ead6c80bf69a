package vn.phananh.search.indexing;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/** Indexes replayed enriched records into one concrete index (a rebuild's new index). */
@Component
public class FeedbackReplayIndexer {

    private final BatchIndexer indexer;

    FeedbackReplayIndexer(BatchIndexer indexer) {
        this.indexer = indexer;
    }

    public void index(List<ConsumerRecord<String, byte[]>> records, String index) {
        indexer.index(records, List.of(new IndexTargets.Target(index, false)), FeedbackIndexListener::decode);
    }
}
