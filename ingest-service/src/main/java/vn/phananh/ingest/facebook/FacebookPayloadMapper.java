package vn.phananh.ingest.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.web.ProblemType;

/**
 * Turns one Facebook webhook notification into intake items: every {@code feed} change and
 * every Messenger message of every entry, in order. A broken envelope is a wrong shape (the whole
 * request is refused); unknown objects, fields, items and verbs are tolerated and counted.
 */
final class FacebookPayloadMapper {

    static final String UNKNOWN_ACCOUNT = ProblemType.UNKNOWN_ACCOUNT.slug();
    private static final Channel FB = Channel.FACEBOOK;

    private final Function<String, Optional<String>> pageUnits;

    /** @param pageUnits the unit of each configured page id */
    FacebookPayloadMapper(Function<String, Optional<String>> pageUnits) {
        this.pageUnits = pageUnits;
    }

    List<Intake> map(JsonNode root, Instant receivedAt) {
        String object = JsonFields.text(root, "object", FB);
        List<JsonNode> entries = JsonFields.objects(root, "entry", FB);
        if (root.get("entry") == null) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, FB, "Field entry is required");
        }
        if (!"page".equals(object)) {
            return List.of(new Intake.Skipped("unsupported-object"));
        }
        List<Intake> items = new ArrayList<>();
        for (JsonNode entry : entries) {
            items.addAll(mapEntry(entry, receivedAt));
        }
        return items;
    }

    private List<Intake> mapEntry(JsonNode entry, Instant receivedAt) {
        String pageId = JsonFields.requiredText(entry, "id", FB);
        List<JsonNode> changes = JsonFields.objects(entry, "changes", FB);
        List<JsonNode> messaging = JsonFields.objects(entry, "messaging", FB);
        Optional<String> unit = pageUnits.apply(pageId);
        if (unit.isEmpty()) {
            return List.of(new Intake.Rejected(UNKNOWN_ACCOUNT, "The page is not configured for any unit"));
        }
        if (changes.isEmpty() && messaging.isEmpty()) {
            return List.of(new Intake.Skipped("no-values"));
        }
        Page page = new Page(pageId, unit.get(), receivedAt);
        List<Intake> items = new ArrayList<>(changes.size() + messaging.size());
        changes.forEach(change -> items.add(mapChange(page, change)));
        messaging.forEach(event -> items.add(MessengerMessages.map(page, event)));
        return items;
    }

    private static Intake mapChange(Page page, JsonNode change) {
        String field = JsonFields.text(change, "field", FB);
        JsonNode value = JsonFields.object(change, "value", FB);
        if (!"feed".equals(field)) {
            return new Intake.Skipped("unsupported-field");
        }
        if (!value.isObject()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, FB, "Field value of a feed change must be an object");
        }
        return FeedChanges.map(page, value);
    }

    /** The page an entry belongs to, its unit, and when the request arrived. */
    record Page(String id, String unitCode, Instant receivedAt) {
    }
}
