package vn.phananh.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.phananh.avro.Answer;
import vn.phananh.avro.Author;
import vn.phananh.avro.Channel;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Status;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.text.VietnameseText;

/** Enriched feedback the way the processor writes it, for tests. */
public final class Feedbacks {

    public static final String UNIT_A = "xa-hung-cuong";
    public static final String UNIT_B = "phuong-thach-thang";
    public static final String CONTACT = "0912 345 678";

    private Feedbacks() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A new, unanswered complaint received an hour ago, due in three days. */
    public static EnrichedFeedback.Builder feedback(String id, String unit, String text) {
        Instant received = Instant.now().minus(Duration.ofHours(1));
        return EnrichedFeedback.newBuilder().setFeedbackId(id).setRevision(1).setUnitCode(unit)
                .setChannel(Channel.ZALO).setSourceAccount("oa-" + unit)
                .setAuthor(Author.newBuilder().setId("u-1").setDisplayName("Nguyễn Văn A").setContact(CONTACT)
                        .setAnonymous(false).build())
                .setMaskedText(text).setNormalizedText(VietnameseText.normalize(text))
                .setFoldedText(VietnameseText.fold(VietnameseText.normalize(text)))
                .setTopic(TopicScore.newBuilder().setTopic(Topic.INFRASTRUCTURE).setConfidence(0.9).build())
                .setSecondaryTopics(List.of()).setKind(Kind.COMPLAINT).setSentiment(Sentiment.NEGATIVE)
                .setUrgent(false).setSpam(false).setClassifierVersion("test").setStatus(Status.NEW)
                .setHistory(List.of()).setPiiSpans(List.of()).setAttachments(List.of())
                .setPlace(Place.newBuilder().setId("thon-1").setName("Thôn 1").setType(PlaceType.VILLAGE).build())
                .setReceivedAt(received).setEnrichedAt(received).setDeadline(received.plus(Duration.ofDays(3)));
    }

    public static EnrichedFeedback.Builder answered(EnrichedFeedback.Builder b, Instant at, String text) {
        return b.setStatus(Status.ANSWERED).setAnsweredAt(at).setRevision(b.getRevision() + 1)
                .setAnswer(Answer.newBuilder().setText(text).setAnsweredBy("staff-hung-cuong").setAnsweredAt(at).build());
    }
}
