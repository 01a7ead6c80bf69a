package vn.phananh.schema;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import vn.phananh.avro.Channel;

/**
 * Stable feedback ids: a name-based UUID of channel + source account + the channel's own message
 * id, so a message delivered twice gets the same id in Kafka keys, state stores and the index.
 */
public final class FeedbackIds {

    /** The id of a message identified by its channel, the unit's account and the channel's message id. */
    public static String of(Channel channel, String sourceAccount, String externalId) {
        String name = channel.name() + '\u001f' + sourceAccount + '\u001f' + externalId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private FeedbackIds() {
    }
}
