package vn.phananh.load.channel;

import tools.jackson.databind.JsonNode;

/**
 * A parsed HTTP answer: status, JSON body (null when there was none or it was not JSON) and, for
 * transport failures, status 0 with the reason as the problem title.
 */
public record HttpAnswer(int status, JsonNode body, String failure) {

    public boolean ok() {
        return status / 100 == 2;
    }

    /** The problem-details {@code title} of a refusal, or what went wrong in transport. */
    public String title() {
        if (failure != null) {
            return failure;
        }
        return Json.text(body, "title");
    }

    /** The problem's {@code detail}, with the item {@code reason} where the service gives one. */
    public String detail() {
        String detail = Json.text(body, "detail");
        String reason = Json.text(body, "reason");
        if (reason == null) {
            return detail;
        }
        return detail == null ? reason : detail + " (" + reason + ")";
    }
}
