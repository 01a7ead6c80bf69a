package vn.phananh.load.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phananh.load.corpus.Corpus;
import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.load.search.SearchClient;

import static org.assertj.core.api.Assertions.assertThat;

class StaffDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final List<CorpusMessage> ALL = java.util.stream.Stream.concat(Corpus.chat().stream(),
            Corpus.broad().stream()).toList();

    private static SearchClient.Item view(String status, Instant deadline) {
        return new SearchClient.Item("f", "xa-hung-cuong", status, "OTHER", "OTHER", false, false, false, NOW, deadline,
                null);
    }

    @Test
    void marksTheAdvertisementsSpamAndNothingElse() {
        assertThat(ALL.stream().filter(StaffDecision::isSpam).map(CorpusMessage::id)).containsExactlyInAnyOrder(
                "dev-0045", "dev-0119", "dev-0133", "dev-0180", "dvb-0021", "dvb-0317", "dvb-0443");
    }

    @Test
    void closesGreetingsAndChatterAndLeavesWhatStaffAlreadyHandled() {
        CorpusMessage greeting = ALL.stream().filter(m -> m.id().equals("dev-0030")).findFirst().orElseThrow();
        CorpusMessage complaint = ALL.stream().filter(m -> m.id().equals("dev-0003")).findFirst().orElseThrow();

        assertThat(StaffDecision.decide(greeting, view("NEW", NOW.plus(Duration.ofDays(3))), NOW))
                .isEqualTo(StaffDecision.Action.CLOSE);
        assertThat(StaffDecision.decide(complaint, view("ANSWERED", NOW.plus(Duration.ofDays(3))), NOW))
                .isEqualTo(StaffDecision.Action.ALREADY_HANDLED);
    }

    @Test
    void answersOnTimeOnlyBeforeTheDeadlineAndLateOnlyAfterIt() {
        Map<StaffDecision.Action, Integer> inTime = count(NOW.plus(Duration.ofDays(2)));
        Map<StaffDecision.Action, Integer> overdue = count(NOW.minus(Duration.ofDays(2)));

        assertThat(inTime).doesNotContainKey(StaffDecision.Action.ANSWER_LATE);
        assertThat(overdue).doesNotContainKey(StaffDecision.Action.ANSWER_ON_TIME);
        int feedback = (int) ALL.stream().filter(m -> !m.notFeedback()).count();
        // A realistic share: about half answered in time, under half of the overdue ones late, some left open.
        assertThat(inTime.get(StaffDecision.Action.ANSWER_ON_TIME)).isBetween(feedback * 45 / 100, feedback * 65 / 100);
        assertThat(overdue.get(StaffDecision.Action.ANSWER_LATE)).isBetween(feedback * 35 / 100, feedback * 55 / 100);
        assertThat(inTime.get(StaffDecision.Action.LEAVE_OPEN)).isPositive();
        assertThat(overdue.get(StaffDecision.Action.LEAVE_OPEN)).isPositive();
        assertThat(inTime).containsKeys(StaffDecision.Action.ACKNOWLEDGE, StaffDecision.Action.ASSIGN);
    }

    @Test
    void answersInTheUnitsOwnVoice() {
        assertThat(Answers.answer("xa-hung-cuong", "INFRASTRUCTURE", "COMPLAINT")).startsWith("UBND xã Hùng Cường");
        assertThat(Answers.answer("phuong-thach-thang", "ADMIN_PROCEDURE", "QUESTION")).contains("UBND phường Thạch Thang");
        assertThat(Answers.answer("xa-hung-cuong", "HEALTH", "PRAISE")).contains("cảm ơn");
        assertThat(Answers.answer("xa-hung-cuong", "OTHER", "COMPLAINT")).isNotBlank();
    }

    private static Map<StaffDecision.Action, Integer> count(Instant deadline) {
        Map<StaffDecision.Action, Integer> counts = new EnumMap<>(StaffDecision.Action.class);
        ALL.stream().filter(m -> !m.notFeedback())
                .forEach(m -> counts.merge(StaffDecision.decide(m, view("NEW", deadline), NOW), 1, Integer::sum));
        return counts;
    }
}
