package vn.phananh.ingest.zalo;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Attachment;
import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Channel;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.web.ProblemType;

/**
 * Maps a Zalo attachment {@code {type, payload}}. Locations keep their coordinates (Zalo sends
 * them as strings); files keep their name; links keep their title.
 */
final class ZaloAttachments {

    private static final Channel ZALO = Channel.ZALO;

    static Attachment map(JsonNode node) {
        String type = JsonFields.text(node, "type", ZALO);
        JsonNode payload = JsonFields.object(node, "payload", ZALO);
        JsonNode coordinates = JsonFields.object(payload, "coordinates", ZALO);
        Double latitude = JsonFields.decimal(coordinates, "latitude", ZALO);
        Double longitude = JsonFields.decimal(coordinates, "longitude", ZALO);
        if (latitude != null && Math.abs(latitude) > 90 || longitude != null && Math.abs(longitude) > 180) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, ZALO, "Field coordinates is out of range");
        }
        String name = JsonFields.text(payload, "name", ZALO);
        return Attachment.newBuilder()
                .setType(type(type))
                .setUrl(JsonFields.text(payload, "url", ZALO))
                .setName(name != null ? name : JsonFields.text(payload, "title", ZALO))
                .setLatitude(latitude)
                .setLongitude(longitude)
                .build();
    }

    private static AttachmentType type(String type) {
        return switch (type == null ? "" : type) {
            case "image", "gif" -> AttachmentType.IMAGE;
            case "video" -> AttachmentType.VIDEO;
            case "audio", "voice" -> AttachmentType.AUDIO;
            case "file" -> AttachmentType.FILE;
            case "sticker" -> AttachmentType.STICKER;
            case "link" -> AttachmentType.LINK;
            case "location" -> AttachmentType.LOCATION;
            default -> AttachmentType.OTHER;
        };
    }

    private ZaloAttachments() {
    }
}
