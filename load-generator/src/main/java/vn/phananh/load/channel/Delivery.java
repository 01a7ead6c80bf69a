package vn.phananh.load.channel;

/**
 * What the ingest service answered for one message: the HTTP status, the message's
 * {@code feedbackId}, the item outcome ({@code ACCEPTED}, {@code DUPLICATE}, {@code REJECTED}, ...)
 * and, for a refusal, the problem-details title and detail (or the item's reason).
 */
public record Delivery(String channel, int status, String feedbackId, String outcome, String problemTitle,
        String problemDetail) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    /** Stored by the ingest service, in this request or an earlier one. */
    public boolean accepted() {
        return status / 100 == 2 && (ACCEPTED.equals(outcome) || DUPLICATE.equals(outcome));
    }

    public boolean duplicate() {
        return accepted() && DUPLICATE.equals(outcome);
    }

    /** A refusal or a transport failure (status 0) of one message. */
    static Delivery refused(String channel, int status, String feedbackId, String title, String detail) {
        return new Delivery(channel, status, feedbackId, REJECTED, title, detail);
    }

    /** One line for a report: status, title and detail; never the message text. */
    public String describe() {
        StringBuilder line = new StringBuilder().append(channel).append(' ').append(status == 0 ? "no answer" : status);
        if (problemTitle != null) {
            line.append(' ').append(problemTitle);
        }
        if (problemDetail != null) {
            line.append(": ").append(problemDetail);
        }
        return line.toString();
    }
}
