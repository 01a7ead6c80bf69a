package vn.phananh.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class MessageLogTest {

    @Test
    void putsTheIdAndUnitForTheScopeAndRestoresWhatWasThere() {
        try (var outer = MessageLog.of("id-1", "xa-hung-cuong")) {
            try (var inner = MessageLog.of("id-2", null)) {
                assertThat(MDC.get(MessageLog.FEEDBACK_ID)).isEqualTo("id-2");
                assertThat(MDC.get(MessageLog.UNIT)).isNull();
            }
            assertThat(MDC.get(MessageLog.FEEDBACK_ID)).isEqualTo("id-1");
            assertThat(MDC.get(MessageLog.UNIT)).isEqualTo("xa-hung-cuong");
        }
        assertThat(MDC.get(MessageLog.FEEDBACK_ID)).isNull();
        assertThat(MDC.get(MessageLog.UNIT)).isNull();
    }
}
