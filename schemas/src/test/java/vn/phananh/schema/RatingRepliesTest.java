package vn.phananh.schema;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RatingRepliesTest {

    private final String feedbackId = UUID.nameUUIDFromBytes("m_1".getBytes()).toString();
    private final String code = new TrackingCodes("test-key").codeOf("xa-hung-cuong", feedbackId);

    @Test
    void eachButtonsPayloadParsesBackToItsRating() {
        var buttons = RatingReplies.buttons(code, feedbackId);
        assertThat(buttons).extracting(RatingReplies.Button::title).containsExactly("Hài lòng", "Chưa hài lòng");
        assertThat(buttons).allSatisfy(b -> assertThat(b.title().length()).isLessThanOrEqualTo(20));
        assertThat(RatingReplies.parse(buttons.get(0).payload()))
                .contains(new RatingReplies.Reply(code, feedbackId, true));
        assertThat(RatingReplies.parse(" " + buttons.get(1).payload() + "\n"))
                .contains(new RatingReplies.Reply(code, feedbackId, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hài lòng", "PHANANH_RATE", "PHANANH_RATE|HC-7K4P-2QX9M|not-a-uuid|1",
            "PHANANH_RATE|HC-7K4P-2QX9M|3f1c2b9e-0c0d-3a4b-9c8d-112233445566|2",
            "xin hỏi PHANANH_RATE|HC-7K4P-2QX9M|3f1c2b9e-0c0d-3a4b-9c8d-112233445566|1"})
    void anythingElseIsNotARating(String text) {
        assertThat(RatingReplies.parse(text)).isEmpty();
    }
}
