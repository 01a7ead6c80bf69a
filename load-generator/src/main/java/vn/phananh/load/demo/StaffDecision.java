package vn.phananh.load.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.load.search.SearchClient;
import vn.phananh.text.VietnameseText;

/**
 * What the demo's staff do with one indexed feedback, decided from its labels, its deadline and a
 * stable hash of its corpus id. Advertisements labelled as no feedback are marked spam, other
 * non-feedback (greetings, chatter) is closed; of the rest, a good half still within its deadline
 * is answered (on time) and a smaller share of the overdue ones is answered now (late); some are
 * only acknowledged or assigned and the rest stay open. Anything staff already handled is left.
 */
final class StaffDecision {

    /** What staff do. */
    enum Action { ANSWER_ON_TIME, ANSWER_LATE, ACKNOWLEDGE, ASSIGN, SPAM, CLOSE, LEAVE_OPEN, ALREADY_HANDLED }

    // Words of the advertisements in the sets (loans, jobs, betting, paperwork services), folded.
    private static final List<String> ADVERT = List.of("vay", "giai ngan", "tuyen ctv",
            "nha cai", "game bai", "doi thuong", "nhan lam", "nhan khoan", "tin chap");

    static Action decide(CorpusMessage m, SearchClient.Item view, Instant now) {
        if (!"NEW".equals(view.status())) {
            return Action.ALREADY_HANDLED;
        }
        if (isSpam(m)) {
            return Action.SPAM;
        }
        if (m.notFeedback()) {
            return Action.CLOSE;
        }
        if (view.deadline() == null) {
            return Action.LEAVE_OPEN;
        }
        double u = Hashes.fraction(m.id() + "#staff");
        boolean inTime = view.deadline().isAfter(now.plus(Duration.ofMinutes(1)));
        if (inTime) {
            // Urgent matters are answered first.
            double answered = m.urgent() ? 0.85 : 0.55;
            return u < answered ? Action.ANSWER_ON_TIME : u < 0.72 ? Action.ACKNOWLEDGE
                    : u < 0.82 ? Action.ASSIGN : Action.LEAVE_OPEN;
        }
        return u < 0.45 ? Action.ANSWER_LATE : u < 0.55 ? Action.ASSIGN : u < 0.62 ? Action.ACKNOWLEDGE
                : Action.LEAVE_OPEN;
    }

    /** Labelled no feedback, and an advertisement: the one-stop answer to it is the spam mark. */
    static boolean isSpam(CorpusMessage m) {
        if (!m.notFeedback()) {
            return false;
        }
        String folded = VietnameseText.fold(m.text());
        return ADVERT.stream().anyMatch(word -> folded.matches("(?s).*\\b" + word + "\\b.*"));
    }

    private StaffDecision() {
    }
}
