package vn.phananh.ingest.publishing;

/**
 * What became of one item of a request: its status, the stored id and the citizen's tracking code,
 * and, when refused, why.
 */
public record ItemOutcome(Status status, String id, String reason, String detail, String trackingCode) {

    public ItemOutcome(Status status, String id, String reason, String detail) {
        this(status, id, reason, detail, null);
    }

    /** The fate of an item. */
    public enum Status {
        /** Stored: Kafka acknowledged it in this request. */
        ACCEPTED,
        /** Already stored by an earlier delivery; not produced again. */
        DUPLICATE,
        /** A channel event stored on the channel-events topic. */
        RECORDED,
        /** Tolerated, not feedback; nothing stored. */
        SKIPPED,
        /** Refused with a reason; nothing stored. */
        REJECTED
    }

    static ItemOutcome of(Status status, String id) {
        return new ItemOutcome(status, id, null, null);
    }

    static ItemOutcome stored(Status status, String id, String trackingCode) {
        return new ItemOutcome(status, id, null, null, trackingCode);
    }

    static ItemOutcome skipped(String reason) {
        return new ItemOutcome(Status.SKIPPED, null, reason, null);
    }

    static ItemOutcome rejected(String id, String reason, String detail) {
        return new ItemOutcome(Status.REJECTED, id, reason, detail);
    }

    /** Whether the item is stored (now or before). */
    public boolean stored() {
        return status == Status.ACCEPTED || status == Status.DUPLICATE || status == Status.RECORDED;
    }
}
