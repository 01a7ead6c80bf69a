package vn.phananh.load.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.node.ObjectNode;

import vn.phananh.load.channel.HttpAnswer;
import vn.phananh.load.channel.Json;
import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.load.search.SearchClient;

/**
 * Acts like the units' staff through the search API's action endpoints: answers, acknowledges,
 * assigns, closes and marks spam as {@link StaffDecision} says, a few requests at a time.
 */
final class StaffDesk {

    private static final int PARALLEL = 4;

    /** One feedback to handle: the corpus line it came from and how it is indexed. */
    record Case(CorpusMessage message, SearchClient.Item view) {
    }

    /**
     * What was done: count per action, overdue ones left open, per unit how many should no longer
     * be NEW once the actions are processed, and every refused action.
     */
    record Outcome(Map<StaffDecision.Action, Integer> counts, int openOverdue, Map<String, Long> handledByUnit,
            List<String> failures) {

        int count(StaffDecision.Action action) {
            return counts.getOrDefault(action, 0);
        }
    }

    private final SearchClient search;
    private final Map<String, SearchClient.Login> staff;

    /** @param staff the staff login of each unit */
    StaffDesk(SearchClient search, Map<String, SearchClient.Login> staff) {
        this.search = search;
        this.staff = staff;
    }

    Outcome handle(List<Case> cases, Instant now) {
        Map<StaffDecision.Action, Integer> counts = new EnumMap<>(StaffDecision.Action.class);
        List<String> failures = new ArrayList<>();
        Map<String, Long> handledByUnit = new TreeMap<>();
        int openOverdue = 0;
        List<Future<String>> pending = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            for (Case c : cases) {
                StaffDecision.Action action = StaffDecision.decide(c.message(), c.view(), now);
                counts.merge(action, 1, Integer::sum);
                handledByUnit.merge(c.view().unitCode(), action == StaffDecision.Action.LEAVE_OPEN ? 0L : 1L, Long::sum);
                if (action == StaffDecision.Action.LEAVE_OPEN && c.view().deadline() != null
                        && c.view().deadline().isBefore(now)) {
                    openOverdue++;
                }
                pending.add(pool.submit(() -> act(c, action)));
            }
            for (Future<String> f : pending) {
                String failure = f.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        }
        catch (ExecutionException ex) {
            failures.add(ex.getCause().toString());
        }
        return new Outcome(counts, openOverdue, handledByUnit, failures);
    }

    /** Performs the action; answers a description of the refusal, or null. */
    private String act(Case c, StaffDecision.Action action) {
        String id = c.view().feedbackId();
        String topic = c.message().topic();
        HttpAnswer answer = switch (action) {
            case ANSWER_ON_TIME, ANSWER_LATE -> search.act(login(c), id, "answer",
                    Json.object().put("text", Answers.answer(c.view().unitCode(), topic, c.message().kind())));
            case ACKNOWLEDGE -> search.act(login(c), id, "acknowledge", null);
            case ASSIGN -> search.act(login(c), id, "assign", assignment(topic));
            case SPAM -> search.act(login(c), id, "spam", Json.object().put("note", "quảng cáo"));
            case CLOSE -> search.act(login(c), id, "close", Json.object().put("note", "không phải phản ánh"));
            case LEAVE_OPEN, ALREADY_HANDLED -> null;
        };
        if (answer == null || answer.ok()) {
            return null;
        }
        return action + " " + id + ": " + answer.status() + " " + answer.title()
                + (answer.detail() == null ? "" : ": " + answer.detail());
    }

    private static ObjectNode assignment(String topic) {
        return Json.object().put("assignee", Answers.department(topic));
    }

    private SearchClient.Login login(Case c) {
        return staff.get(c.view().unitCode());
    }
}
