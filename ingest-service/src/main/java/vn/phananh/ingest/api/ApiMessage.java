package vn.phananh.ingest.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.phananh.avro.AttachmentType;

/**
 * One message submitted by an integration. {@code messageId} is the caller's own id: resending
 * it is idempotent. {@code unitCode} may be left out when the key is bound to a single unit.
 */
record ApiMessage(
        @NotBlank @Size(max = 128) @Pattern(regexp = "[\\x21-\\x7E]+") String messageId,
        @Size(max = 64) String unitCode,
        String text,
        @Valid ApiAuthor author,
        Instant occurredAt,
        @Size(max = 256) String threadId,
        @Size(max = 256) String parentId,
        List<@NotNull @Valid ApiAttachment> attachments,
        Map<String, String> attributes) {

    /** Who wrote the message, as far as the caller knows. */
    record ApiAuthor(@Size(max = 256) String id, @Size(max = 256) String name, @Size(max = 256) String contact,
            Boolean anonymous) {
    }

    /** A file, picture, link or place attached to the message. */
    record ApiAttachment(@NotNull AttachmentType type, @Size(max = 2048) String url, @Size(max = 256) String name,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
