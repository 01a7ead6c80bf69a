package vn.phananh.processor.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.Author;
import vn.phananh.avro.Channel;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final RetentionPolicy POLICY = new RetentionPolicy(Map.of("xa-hung-cuong", 730, "xa-son-ha", 30), NOW);

    @Test
    void findsFeedbackPastItsOwnUnitsPeriodOnlyWithTheMaskedTextForTheRawRevision() {
        var raw = Map.of(
                "old", raw("old", "xa-hung-cuong", NOW.minus(Duration.ofDays(731))),
                "young", raw("young", "xa-hung-cuong", NOW.minus(Duration.ofDays(400))),
                "short", raw("short", "xa-son-ha", NOW.minus(Duration.ofDays(31))));
        var enriched = Map.of(
                "old", enriched(raw.get("old")),
                "young", enriched(raw.get("young")),
                "short", enriched(raw.get("short")));

        RetentionPlan plan = RetentionPlan.of(raw, enriched, POLICY, Optional.empty(), NOW);

        assertThat(plan.items()).extracting(RetentionPlan.Item::feedbackId).containsExactly("old", "short");
        RawFeedback written = plan.writes().getFirst();
        assertThat(written.getAnonymisedAt()).isEqualTo(NOW);
        assertThat(written.getText()).isEqualTo("Gọi tôi ***").doesNotContain("0912345678");
        assertThat(written.getAuthor().getDisplayName()).isNull();
        assertThat(written.getAuthor().getContact()).isNull();
        assertThat(written.getAttributes()).isEmpty();
        assertThat(plan.countsByUnit()).containsEntry("xa-son-ha", new RetentionPlan.Counts(1, 1));
        assertThat(RetentionPlan.of(raw, enriched, POLICY, Optional.of("xa-son-ha"), NOW).items())
                .extracting(RetentionPlan.Item::feedbackId).containsExactly("short");
    }

    @Test
    void writesNothingForFeedbackAnonymisedAlreadyAndWaitsForAStateStillBeingProcessed() {
        RawFeedback original = raw("f", "xa-son-ha", NOW.minus(Duration.ofDays(60)));
        RawFeedback anonymised = AnonymisedRecords.raw(original, "Gọi tôi ***", NOW.minusSeconds(60));
        EnrichedFeedback pending = enriched(original);
        EnrichedFeedback done = EnrichedFeedback.newBuilder(pending).setAnonymisedAt(NOW.minusSeconds(50))
                .setAuthor(new Author(null, null, null, false)).build();

        RetentionPlan processing = RetentionPlan.of(Map.of("f", anonymised), Map.of("f", pending), POLICY, Optional.empty(), NOW);
        RetentionPlan finished = RetentionPlan.of(Map.of("f", anonymised), Map.of("f", done), POLICY, Optional.empty(), NOW);

        assertThat(processing.items()).hasSize(1);
        assertThat(processing.writes()).isEmpty();
        assertThat(finished.items()).isEmpty();
    }

    @Test
    void aUnitWithoutAPeriodKeepsTheDefaultTwoYears() {
        assertThat(POLICY.days("phuong-moi")).isEqualTo(730);
        assertThat(POLICY.expired("phuong-moi", NOW.minus(Duration.ofDays(729)))).isFalse();
        assertThat(POLICY.expired("phuong-moi", NOW.minus(Duration.ofDays(731)))).isTrue();
    }

    private static RawFeedback raw(String id, String unit, Instant receivedAt) {
        return RawFeedback.newBuilder().setFeedbackId(id).setUnitCode(unit).setChannel(Channel.ZALO).setSourceAccount("oa-1")
                .setExternalId("msg-" + id).setAuthor(new Author("zalo-user-9", "Nguyễn Văn An", "0912345678", false))
                .setText("Gọi tôi 0912345678").setReceivedAt(receivedAt).setAttributes(Map.of("user_id_by_app", "42"))
                .build();
    }

    private static EnrichedFeedback enriched(RawFeedback raw) {
        return EnrichedFeedback.newBuilder().setFeedbackId(raw.getFeedbackId()).setUnitCode(raw.getUnitCode())
                .setSourceAccount(raw.getSourceAccount()).setAuthor(raw.getAuthor()).setMaskedText("Gọi tôi ***")
                .setTopic(new TopicScore(Topic.OTHER, 0.5)).setReceivedAt(raw.getReceivedAt())
                .setEnrichedAt(raw.getReceivedAt()).build();
    }
}
