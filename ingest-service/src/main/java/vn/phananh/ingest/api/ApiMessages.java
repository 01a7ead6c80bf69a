package vn.phananh.ingest.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Attachment;
import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.ApiClient;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.RawFeedbacks;

/**
 * Checks one submitted message on its own and turns it into an intake item: a wrong shape, a
 * missing field or a unit the key is not bound to rejects that message only, with its reason.
 */
final class ApiMessages {

    static final String INVALID = "invalid-message";
    static final String UNIT_REQUIRED = "unit-required";
    static final String UNIT_NOT_ALLOWED = "unit-not-allowed";

    private final PayloadJson json;
    private final Validator validator;

    ApiMessages(PayloadJson json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Binds and checks a message given as a JSON node. */
    Intake intake(JsonNode node, ApiClient client, Instant receivedAt) {
        if (!node.isObject()) {
            return new Intake.Rejected(INVALID, "A message must be a JSON object");
        }
        ApiMessage message;
        try {
            message = json.convert(node, ApiMessage.class);
        }
        catch (JacksonException ex) {
            return new Intake.Rejected(INVALID, "Field " + JsonFields.pathOf(ex) + " has the wrong type");
        }
        return intake(message, client, receivedAt);
    }

    Intake intake(ApiMessage message, ApiClient client, Instant receivedAt) {
        return intake(message, client, receivedAt, "api");
    }

    /** The same checks and record for a message that came in another form ({@code sourceEvent} names it). */
    Intake intake(ApiMessage message, ApiClient client, Instant receivedAt, String sourceEvent) {
        Set<ConstraintViolation<ApiMessage>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            return new Intake.Rejected(INVALID, describe(violations));
        }
        if (!RawFeedbacks.storable(message.occurredAt())) {
            return new Intake.Rejected(INVALID, "occurredAt: out of range");
        }
        if (isBlank(message.text()) && (message.attachments() == null || message.attachments().isEmpty())) {
            return new Intake.Rejected(INVALID, "text: must not be blank when there are no attachments");
        }
        String unit = message.unitCode() != null ? message.unitCode() : client.defaultUnit();
        if (unit == null) {
            return new Intake.Rejected(UNIT_REQUIRED, "unitCode: required for a key bound to several units");
        }
        if (!client.units().contains(unit)) {
            return new Intake.Rejected(UNIT_NOT_ALLOWED, "unitCode: the key is not bound to this unit");
        }
        ApiMessage.ApiAuthor author = message.author() != null ? message.author()
                : new ApiMessage.ApiAuthor(null, null, null, Boolean.FALSE);
        return new Intake.Feedback(RawFeedbacks.builder(Channel.API, client.keyId(), unit, message.messageId(), receivedAt)
                .setThreadId(message.threadId())
                .setParentId(message.parentId())
                .setAuthor(RawFeedbacks.author(author.id(), author.name(), author.contact(), Boolean.TRUE.equals(author.anonymous())))
                .setText(message.text() == null ? "" : message.text())
                .setAttachments(message.attachments() == null ? List.of()
                        : message.attachments().stream().map(ApiMessages::attachment).toList())
                .setOccurredAt(message.occurredAt())
                .setSourceEvent(sourceEvent)
                .setAttributes(message.attributes() == null ? Map.of() : message.attributes())
                .build(), true);
    }

    /** The caller's id of a message given as JSON, when it has one, to name it in the answer. */
    static String messageIdOf(JsonNode node) {
        JsonNode id = node.get("messageId");
        return id != null && id.isString() && id.stringValue().length() <= 128 ? id.stringValue() : null;
    }

    private static Attachment attachment(ApiMessage.ApiAttachment a) {
        return Attachment.newBuilder().setType(a.type()).setUrl(a.url()).setName(a.name())
                .setLatitude(a.latitude()).setLongitude(a.longitude()).build();
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        // Field names and rules only: the rejected values may be personal data.
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.joining("; "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
