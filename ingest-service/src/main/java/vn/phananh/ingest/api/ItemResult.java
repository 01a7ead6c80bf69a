package vn.phananh.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.phananh.ingest.publishing.ItemOutcome;

/** What became of one submitted message: stored (with its feedback id and tracking code) or rejected with the reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemResult(int index, String messageId, ItemOutcome.Status status, String feedbackId, String trackingCode,
        String reason, String detail) {

    static ItemResult of(int index, String messageId, ItemOutcome outcome) {
        return new ItemResult(index, messageId, outcome.status(), outcome.stored() ? outcome.id() : null,
                outcome.stored() ? outcome.trackingCode() : null, outcome.reason(), outcome.detail());
    }
}
