package vn.phananh.outbox.delivery;

import vn.phananh.avro.DeliveryOutcome;

/** What became of one message after its last attempt: the ledger entry's outcome, reason and platform id. */
public record Outcome(Route route, DeliveryOutcome outcome, String reason, String platformId, int attempts) {

    static Outcome notSent(Route route, String reason, int attempts) {
        return new Outcome(route, DeliveryOutcome.NOT_SENT, reason, null, attempts);
    }

    static Outcome failed(Route route, String error, int attempts) {
        return new Outcome(route, DeliveryOutcome.FAILED, error, null, attempts);
    }

    static Outcome sent(Route route, String platformId, int attempts) {
        return new Outcome(route, DeliveryOutcome.SENT, null, platformId, attempts);
    }

    public boolean failed() {
        return outcome == DeliveryOutcome.FAILED;
    }
}
