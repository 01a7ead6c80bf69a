package vn.phananh.processor.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.phananh.avro.Attachment;
import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Kind;
import vn.phananh.avro.PiiType;
import vn.phananh.avro.Topic;

/** Runs against the models the build trained into target/classes/models. */
class EnricherTest {

    private static final Enricher ENRICHER = Enricher.fromClasspath();

    @Test
    void masksBeforeNormalisingAndFoldingSoNoPersonalDataIsSearchable() {
        String text = "Nhà em mất nước 3 ngày rồi, gọi em 0977 403 518 nhé";
        Enrichment e = ENRICHER.enrich(text, List.of());
        assertThat(e.maskedText()).contains("[SĐT]").doesNotContain("0977");
        assertThat(e.normalizedText()).doesNotContain("403 518");
        assertThat(e.foldedText()).doesNotContain("403 518").contains("mat nuoc");
        assertThat(e.piiSpans()).singleElement().satisfies(s -> {
            assertThat(s.getType()).isEqualTo(PiiType.PHONE);
            assertThat(text.substring(s.getStart(), s.getEnd())).isEqualTo("0977 403 518");
        });
    }

    @Test
    void flagsAFallenWireThatIsSparkingNowAsUrgent() {
        Enrichment e = ENRICHER.enrich("Dây điện bị đứt rơi xuống đường ở đầu thôn Hạ Lạc, đang tóe lửa, mọi người tránh xa!!", List.of());
        assertThat(e.urgent()).isTrue();
        assertThat(e.urgentReason()).isNotNull();
        assertThat(e.place().getId()).isEqualTo("thon-ha-lac");
    }

    @Test
    void treatsLoanSpamAsOtherWhateverItsKeywords() {
        Enrichment e = ENRICHER.enrich("VAY VỐN NHANH CHỈ CẦN CCCD, GIẢI NGÂN 30 PHÚT. LH ZALO 0899 153 276", List.of());
        assertThat(e.spam()).isTrue();
        assertThat(e.topic().getTopic()).isEqualTo(Topic.OTHER);
        assertThat(e.kind()).isEqualTo(Kind.OTHER);
        assertThat(e.urgent()).isFalse();
    }

    @Test
    void classifiesAProcedureQuestion() {
        Enrichment e = ENRICHER.enrich("Cho em hỏi làm lại giấy khai sinh cho con thì cần giấy tờ gì ạ?", List.of());
        assertThat(e.topic().getTopic()).isEqualTo(Topic.ADMIN_PROCEDURE);
        assertThat(e.kind()).isEqualTo(Kind.QUESTION);
        assertThat(e.topic().getConfidence()).isBetween(0.0, 1.0);
        assertThat(e.classifierVersion()).isNotBlank();
    }

    @Test
    void takesCoordinatesFromALocationAttachment() {
        Attachment pin = Attachment.newBuilder().setType(AttachmentType.LOCATION).setLatitude(20.95).setLongitude(105.91).build();
        Enrichment e = ENRICHER.enrich("cay do chan het duong vao thon Doai roi", List.of(pin));
        assertThat(e.place().getId()).isEqualTo("thon-doai");
        assertThat(e.place().getLatitude()).isEqualTo(20.95);
        assertThat(e.place().getLongitude()).isEqualTo(105.91);
    }

    @Test
    void hasNoPlaceWhenNoneIsNamedAndNothingIsPinned() {
        assertThat(ENRICHER.enrich("Xin hỏi thủ tục đăng ký kết hôn", List.of()).place()).isNull();
    }
}
