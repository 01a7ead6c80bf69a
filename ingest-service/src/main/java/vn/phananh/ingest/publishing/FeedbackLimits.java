package vn.phananh.ingest.publishing;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.phananh.avro.Attachment;
import vn.phananh.avro.Author;
import vn.phananh.avro.RawFeedback;

/**
 * Size limits every stored message obeys, whatever its channel, so that one record stays far
 * below Kafka's request size: text length, attachment count, and the length of every other field.
 */
record FeedbackLimits(int maxTextLength, int maxAttachments, int maxFieldLength) {

    /** The reason the record breaks a limit, if it does. */
    Optional<String> violation(RawFeedback feedback) {
        if (feedback.getText().length() > maxTextLength) {
            return Optional.of("text-too-long");
        }
        if (feedback.getAttachments().size() > maxAttachments) {
            return Optional.of("too-many-attachments");
        }
        if (feedback.getAttributes().size() > maxAttachments + 16 || fields(feedback).anyMatch(this::tooLong)) {
            return Optional.of("field-too-long");
        }
        return Optional.empty();
    }

    private boolean tooLong(CharSequence value) {
        return value != null && value.length() > maxFieldLength;
    }

    private static Stream<CharSequence> fields(RawFeedback f) {
        Author a = f.getAuthor();
        Stream<CharSequence> own = Stream.of(f.getExternalId(), f.getThreadId(), f.getParentId(), f.getSourceEvent(),
                f.getRecordedBy(), a.getId(), a.getDisplayName(), a.getContact());
        Stream<CharSequence> attachments = f.getAttachments().stream()
                .flatMap((Attachment x) -> Stream.of(x.getUrl(), x.getName()));
        Stream<CharSequence> attributes = f.getAttributes().entrySet().stream()
                .flatMap((Map.Entry<String, String> e) -> Stream.of(e.getKey(), e.getValue()));
        return Stream.of(own, attachments, attributes).flatMap(s -> s);
    }
}
