package vn.phananh.ingest.publishing;

import java.util.List;

/** The outcome of every item of one request, in request order. */
public record PublishReport(List<ItemOutcome> outcomes) {

    public long count(ItemOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Whether some item was refused for the given reason. */
    public boolean anyRejectedFor(String reason) {
        return outcomes.stream().anyMatch(o -> o.status() == ItemOutcome.Status.REJECTED && reason.equals(o.reason()));
    }

    /** A summary a webhook sender can log: counts only, no content. */
    public Summary summary() {
        return new Summary(outcomes.size(), count(ItemOutcome.Status.ACCEPTED), count(ItemOutcome.Status.DUPLICATE),
                count(ItemOutcome.Status.RECORDED), count(ItemOutcome.Status.SKIPPED), count(ItemOutcome.Status.REJECTED));
    }

    /** Counts per status. */
    public record Summary(int received, long accepted, long duplicates, long events, long skipped, long rejected) {
    }
}
