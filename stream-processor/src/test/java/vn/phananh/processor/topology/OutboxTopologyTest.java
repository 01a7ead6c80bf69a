package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.Author;
import vn.phananh.avro.Channel;
import vn.phananh.avro.OutboundKind;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

class OutboxTopologyTest {

    private static final Instant T0 = Instant.parse("2025-11-03T01:00:00Z");

    private static RawFeedback comment(String id) {
        return RawFeedback.newBuilder(feedback(id, "Đèn đường ngõ 3 hỏng cả tuần nay", T0))
                .setChannel(Channel.FACEBOOK).setSourceAccount("104729385610293").setExternalId("122_987")
                .setSourceEvent("feed/comment/add").setTrackingCode("TL-7K4P-2QX9M")
                .setAuthor(Author.newBuilder().setId("6100012345").setDisplayName("Trần Thị Bình").build())
                .build();
    }

    @Test
    void theFirstAcknowledgementAndEveryAnswerGoToTheOutboxWithTheirRevision() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(comment("f1"));
            t.send(action("f1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(60)));
            t.send(action("f1", StatusAction.ASSIGN, T0.plusSeconds(120)));
            t.send(action("f1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(180)));
            t.send(action("f1", StatusAction.ANSWER, T0.plusSeconds(240)));

            List<OutboundMessage> out = t.outbox.readValuesToList();

            assertThat(out).extracting(OutboundMessage::getKind).containsExactly(OutboundKind.ACKNOWLEDGEMENT, OutboundKind.ANSWER);
            OutboundMessage ack = out.getFirst();
            assertThat(ack.getMessageId()).isEqualTo("f1#2");
            assertThat(ack.getFirst()).isTrue();
            assertThat(ack.getChannel()).isEqualTo(Channel.FACEBOOK);
            assertThat(ack.getSourceEvent()).isEqualTo("feed/comment/add");
            assertThat(ack.getExternalId()).isEqualTo("122_987");
            assertThat(ack.getRecipientId()).isEqualTo("6100012345");
            assertThat(ack.getTrackingCode()).isEqualTo("TL-7K4P-2QX9M");
            assertThat(ack.getLastInboundAt()).isEqualTo(T0);
            assertThat(ack.getAnswerText()).isNull();
            OutboundMessage answer = out.get(1);
            assertThat(answer.getMessageId()).isEqualTo("f1#5");
            assertThat(answer.getFirst()).isFalse();
            assertThat(answer.getAnswerText()).isEqualTo("Xã đã cử người xử lý.");
            // The message names no author: no name, no contact.
            assertThat(answer.toString()).doesNotContain("Trần Thị Bình");
        }
    }

    @Test
    void anAnswerWithoutAcknowledgementIsTheFirstMessage() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(comment("f2"));
            t.send(action("f2", StatusAction.ANSWER, T0.plusSeconds(60)));

            assertThat(t.outbox.readValuesToList()).singleElement()
                    .satisfies(m -> assertThat(m.getFirst()).isTrue())
                    .satisfies(m -> assertThat(m.getKind()).isEqualTo(OutboundKind.ANSWER));
        }
    }

    @Test
    void aRetriedActionAndOtherActionsTellNothing() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(comment("f3"));
            StatusChange ack = action("f3", StatusAction.ACKNOWLEDGE, T0.plusSeconds(60));
            t.send(ack);
            t.send(ack);
            t.send(action("f3", StatusAction.MARK_SPAM, T0.plusSeconds(90)));
            t.send(action("f3", StatusAction.CLOSE, T0.plusSeconds(120)));

            assertThat(t.outbox.readValuesToList()).hasSize(1);
        }
    }

    @Test
    void theTrackingCodeAndSourceEventRideOnTheEnrichedRecord() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(comment("f4"));

            assertThat(t.enrichedValues()).singleElement().satisfies(f -> {
                assertThat(f.getTrackingCode()).isEqualTo("TL-7K4P-2QX9M");
                assertThat(f.getSourceEvent()).isEqualTo("feed/comment/add");
            });
        }
    }
}
