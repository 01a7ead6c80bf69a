package vn.phananh.search.tracking;

import java.time.Instant;

/**
 * What anyone holding a tracking code may see of a feedback: where it stands, when it is due and
 * the official answer, texts masked once more; never the author, the contact or the staff's names.
 */
public record TrackedFeedback(String trackingCode, String unitCode, String topic, String text, String status,
        Instant receivedAt, Instant deadline, boolean overdue, Instant acknowledgedAt, Instant answeredAt,
        Boolean answeredOnTime, String answer, Boolean satisfied, Integer satisfactionScore) {

    /** A citizen rates the answer once there is one. */
    public boolean ratable() {
        return answer != null;
    }
}
