package vn.phananh.search.indexing;

import vn.phananh.avro.ChannelEvent;

/**
 * One channel event (a citizen followed or unfollowed the unit's OA or page, …) as stored in the
 * channel-events index (mapping: {@code elasticsearch/channel-events.json}). The platform's user id
 * is left out: counts per unit are what the pages show, and nobody needs to know who left.
 */
public record ChannelEventDocument(String eventId, String unitCode, String channel, String sourceAccount, String type,
        Long occurredAt) {

    public static ChannelEventDocument from(ChannelEvent e) {
        return new ChannelEventDocument(e.getEventId(), e.getUnitCode(), e.getChannel().name(), e.getSourceAccount(),
                e.getType().name(), FeedbackDocument.millis(e.getOccurredAt()));
    }
}
