package vn.phananh.search.actions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.phananh.avro.StatusAction;
import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.NotFoundException;

/**
 * Answers a near-duplicate cluster once: one ANSWER status change per member that still owes an
 * answer, so each citizen gets the answer on their own feedback (and channel); members already
 * answered, closed, spam or withdrawn are left as they are. Staff of the cluster's unit only; a
 * cluster the viewer cannot see is not found.
 */
@Service
public class ClusterAnswers {

    /** A cluster larger than this is answered in several calls (each answers the open members it reads). */
    static final int MAX_MEMBERS = 500;

    private final FeedbackSearch search;
    private final StatusChanges changes;

    ClusterAnswers(FeedbackSearch search, StatusChanges changes) {
        this.search = search;
        this.changes = changes;
    }

    public Answered answer(Viewer viewer, String clusterId, String text, String note) throws IOException,
            ExecutionException, InterruptedException, TimeoutException {
        List<FeedbackDocument> members = search.cluster(viewer, clusterId, MAX_MEMBERS);
        if (members.isEmpty()) {
            throw new NotFoundException("No cluster " + clusterId);
        }
        if (members.stream().anyMatch(m -> !viewer.isStaffOf(m.unitCode()))) {
            throw new AccessDeniedException("Only staff of the owning unit may act");
        }
        List<ActionAccepted> answered = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (FeedbackDocument member : members) {
            if (member.open()) {
                answered.add(changes.record(viewer, member, StatusAction.ANSWER, text, note));
            }
            else {
                skipped.add(member.feedbackId());
            }
        }
        return new Answered(clusterId, members.size(), answered.stream().map(ActionAccepted::feedbackId).toList(),
                answered.stream().map(ActionAccepted::changeId).toList(), skipped);
    }

    /** What answering a cluster did: the members answered (with their status change ids) and those left alone. */
    public record Answered(String clusterId, int members, List<String> answered, List<String> changeIds,
            List<String> skipped) {
    }
}
