package vn.phananh.schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.phananh.avro.Attachment;
import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Author;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;

/** Sample records for schema tests. */
final class Samples {

    static RawFeedback raw(String externalId) {
        return RawFeedback.newBuilder()
                .setFeedbackId(FeedbackIds.of(Channel.ZALO, "oa-1", externalId))
                .setUnitCode("xa-hung-cuong")
                .setChannel(Channel.ZALO)
                .setSourceAccount("oa-1")
                .setExternalId(externalId)
                .setThreadId(null)
                .setParentId(null)
                .setChange(ChangeType.ADD)
                .setAuthor(Author.newBuilder().setId("u-1").setDisplayName("Nguyễn Văn A").setContact(null).setAnonymous(false).build())
                .setText("Đường thôn Đông Tiến ngập sâu, gọi 0912 675 340")
                .setAttachments(List.of(Attachment.newBuilder().setType(AttachmentType.LOCATION)
                        .setUrl(null).setName(null).setLatitude(21.02).setLongitude(105.85).build()))
                .setReceivedAt(Instant.parse("2026-11-27T03:00:00Z"))
                .setOccurredAt(Instant.parse("2026-11-27T02:59:58Z"))
                .setRecordedBy(null)
                .setSourceEvent("user_send_location")
                .setAttributes(Map.of("user_id_by_app", "552177279717587730"))
                .build();
    }

    private Samples() {
    }
}
