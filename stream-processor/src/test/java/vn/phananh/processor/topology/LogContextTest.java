package vn.phananh.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import vn.phananh.avro.StatusAction;
import vn.phananh.schema.MessageLog;

/**
 * The lines the processor logs about a message carry its feedbackId and unit in the MDC (the
 * structured logs write them as fields), and never its text or its author's contact.
 */
class LogContextTest {

    private static final Instant T0 = Instant.parse("2025-11-03T01:00:00Z");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        lines.start();
        root.addAppender(lines);
    }

    @AfterEach
    void release() {
        root.detachAppender(lines);
    }

    @Test
    void linesAboutAMessageNameItsFeedbackAndUnitAndNotItsText() {
        String text = "Nhà kho cạnh đường thôn 3 bị cháy, khói lớn, gọi 0912345678";
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f-log-1", text, T0));
            fx.send(action("f-log-1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(60)));
            fx.send(action("f-unknown", StatusAction.ACKNOWLEDGE, T0.plusSeconds(90)));
        }

        List<ILoggingEvent> aboutIt = lines.list.stream()
                .filter(e -> "f-log-1".equals(e.getMDCPropertyMap().get(MessageLog.FEEDBACK_ID))).toList();
        assertThat(aboutIt).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("Took in feedback"))
                .anyMatch(m -> m.startsWith("Raised URGENT alert urgent:f-log-1"))
                .anyMatch(m -> m.startsWith("Applied ACKNOWLEDGE"));
        assertThat(aboutIt).allSatisfy(e ->
                assertThat(e.getMDCPropertyMap()).containsEntry(MessageLog.UNIT, TopologyFixture.UNIT));
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("Dead-lettered feedback.status.v1"))
                .noneMatch(m -> m.contains("0912345678") || m.contains("Nhà kho") || m.contains("khói"));
        assertThat(MDC.get(MessageLog.FEEDBACK_ID)).as("the context closes with the record").isNull();
    }
}
