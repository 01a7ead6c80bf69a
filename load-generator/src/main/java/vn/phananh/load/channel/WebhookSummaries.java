package vn.phananh.load.channel;

/**
 * Reads the webhook answer {@code {"received","accepted","duplicates","events","skipped","rejected"}}
 * of a notification that carried exactly one message.
 */
final class WebhookSummaries {

    static Delivery delivery(String channel, HttpAnswer answer, String feedbackId) {
        if (!answer.ok()) {
            return Delivery.refused(channel, answer.status(), feedbackId, answer.title(), answer.detail());
        }
        if (Json.number(answer.body(), "accepted", 0) == 1) {
            return new Delivery(channel, answer.status(), feedbackId, Delivery.ACCEPTED, null, null);
        }
        if (Json.number(answer.body(), "duplicates", 0) == 1) {
            return new Delivery(channel, answer.status(), feedbackId, Delivery.DUPLICATE, null, null);
        }
        String outcome = Json.number(answer.body(), "skipped", 0) > 0 ? "SKIPPED" : Delivery.REJECTED;
        return new Delivery(channel, answer.status(), feedbackId, outcome, "Not stored",
                "the service answered " + answer.body());
    }

    private WebhookSummaries() {
    }
}
