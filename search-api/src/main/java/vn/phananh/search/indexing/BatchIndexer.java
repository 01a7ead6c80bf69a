package vn.phananh.search.indexing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Indexes one batch of Kafka records into the given targets. Returns normally only when every
 * record is either in Elasticsearch or in the dead-letter topic; the caller may then commit.
 */
@Component
public class BatchIndexer {

    private final IndexBootstrap bootstrap;
    private final BulkWriter writer;
    private final DeadLetters deadLetters;

    BatchIndexer(IndexBootstrap bootstrap, BulkWriter writer, DeadLetters deadLetters) {
        this.bootstrap = bootstrap;
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    void index(List<ConsumerRecord<String, byte[]>> records, List<IndexTargets.Target> targets,
            DocumentDecoder decoder) {
        bootstrap.ensureReady();
        List<BulkItem> items = new ArrayList<>(records.size() * targets.size());
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            addItems(record, targets, decoder, items, rejected);
        }
        rejected.addAll(writer.write(items));
        deadLetters.publish(oncePerRecord(rejected));
    }

    private static void addItems(ConsumerRecord<String, byte[]> record, List<IndexTargets.Target> targets,
            DocumentDecoder decoder, List<BulkItem> items, List<Rejected> rejected) {
        if (record.value() == null) {
            // A tombstone on a compacted topic: the feedback is gone.
            targets.forEach(t -> items.add(new BulkItem(t, record.key(), null, null, record)));
            return;
        }
        try {
            DocumentDecoder.Decoded d = decoder.decode(record.topic(), record.value());
            targets.forEach(t -> items.add(new BulkItem(t, d.id(), d.version(), d.document(), record)));
        }
        catch (RuntimeException ex) {
            rejected.add(new Rejected(record, "decode", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        }
    }

    /** With two targets a bad document is refused twice; it is one dead letter. */
    private static List<Rejected> oncePerRecord(List<Rejected> rejected) {
        Map<String, Rejected> unique = new LinkedHashMap<>();
        for (Rejected r : rejected) {
            var s = r.source();
            unique.putIfAbsent(new TopicPartition(s.topic(), s.partition()) + "@" + s.offset(), r);
        }
        return List.copyOf(unique.values());
    }
}
