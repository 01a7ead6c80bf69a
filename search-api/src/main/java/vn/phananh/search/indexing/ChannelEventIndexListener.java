package vn.phananh.search.indexing;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.phananh.schema.Topics;
import vn.phananh.search.system.SearchProperties;

/**
 * Indexes channel events, {@code _id} = eventId: a webhook the platform delivered twice is one event.
 * Undecodable records become dead letters like those of the other topics.
 */
@Component
class ChannelEventIndexListener {

    private final BatchIndexer indexer;
    private final IndexTargets targets;

    ChannelEventIndexListener(BatchIndexer indexer, IndexTargets targets) {
        this.indexer = indexer;
        this.targets = targets;
    }

    @KafkaListener(id = "channel-event-indexer", topics = SearchProperties.TopicNames.CHANNEL_EVENTS,
            groupId = "${phananh.search.indexer.group-id}", containerFactory = "indexerContainerFactory",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        indexer.index(records, targets.channelEvents(), ChannelEventIndexListener::decode);
    }

    private static DocumentDecoder.Decoded decode(String topic, byte[] value) {
        ChannelEventDocument event = ChannelEventDocument.from(
                Topics.CHANNEL_EVENTS.valueSerde().deserializer().deserialize(topic, value));
        return new DocumentDecoder.Decoded(event.eventId(), null, event);
    }
}
