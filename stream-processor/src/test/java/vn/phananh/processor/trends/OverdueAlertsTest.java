package vn.phananh.processor.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.processor.deadline.DeadlineCalculator;
import vn.phananh.processor.deadline.DeadlineRules;
import vn.phananh.processor.topology.DeadlinePolicy;
import vn.phananh.processor.topology.TopologyFixture;

class OverdueAlertsTest {

    // Friday 29 August 2025, 10:00 in Vietnam. Then a weekend, then 1 and 2 September (National Day).
    private static final Instant FRIDAY = Instant.parse("2025-08-29T03:00:00Z");
    // One working day for urgent feedback: Wednesday 3 September, 17:00 in Vietnam.
    private static final Instant DUE = Instant.parse("2025-09-03T10:00:00Z");

    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(DeadlineRules.defaults());
    private static final DeadlinePolicy RULES =
            (unit, kind, topic, urgent, receivedAt) -> CALCULATOR.due(receivedAt, kind, topic, urgent);

    @Test
    void raisesOverdueAlertOnceWhenStreamTimePassesTheDeadlineAcrossWeekendAndHoliday() {
        try (var fx = new TopologyFixture(RULES, SpikeRule.defaults(), FRIDAY)) {
            fx.send(feedback("f1", "Cây đổ chắn đường, dây điện cháy", FRIDAY));
            assertThat(fx.enriched.readValue().getDeadline()).isEqualTo(DUE);
            fx.alerts.readValuesToList(); // the urgent alert

            fx.send(feedback("later-1", "Rác ùn ứ", DUE.minusSeconds(60)));
            assertThat(overdue(fx)).isEmpty();

            fx.send(feedback("later-2", "Rác ùn ứ", DUE.plusSeconds(60)));
            List<Alert> raised = overdue(fx);
            assertThat(raised).singleElement().satisfies(alert -> {
                assertThat(alert.getAlertId()).isEqualTo("overdue:f1");
                assertThat(alert.getFeedbackId()).isEqualTo("f1");
                assertThat(alert.getDeadline()).isEqualTo(DUE);
                assertThat(alert.getRaisedAt()).isEqualTo(DUE.plusSeconds(60));
                assertThat(alert.getSummary()).isEqualTo(
                        "OVERDUE INFRASTRUCTURE feedback f1, deadline " + DUE);
            });

            fx.send(feedback("later-3", "Rác ùn ứ", DUE.plusSeconds(3600)));
            assertThat(overdue(fx)).isEmpty();
        }
    }

    @Test
    void raisesNoOverdueAlertForFeedbackAnsweredInTime() {
        try (var fx = new TopologyFixture(RULES, SpikeRule.defaults(), FRIDAY)) {
            fx.send(feedback("f1", "Cây đổ chắn đường, dây điện cháy", FRIDAY));
            fx.send(action("f1", StatusAction.ANSWER, DUE.minusSeconds(3600)));
            assertThat(fx.enrichedValues()).extracting(EnrichedFeedback::getRevision).containsExactly(1L, 2L);

            fx.send(feedback("later", "Rác ùn ứ", DUE.plusSeconds(3600)));
            assertThat(overdue(fx)).isEmpty();
        }
    }

    private static List<Alert> overdue(TopologyFixture fx) {
        return fx.alerts.readValuesToList().stream().filter(a -> a.getType() == AlertType.OVERDUE).toList();
    }
}
