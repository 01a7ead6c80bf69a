package vn.phananh.search.accountability;

import java.time.Instant;

/**
 * What anyone may read about an answered feedback: the masked text, the official answer, the
 * dates, the unit and the topic. Never the author, never contact details.
 */
public record PublicFeedback(String feedbackId, String unitCode, String topic, String text, String answer,
        Instant receivedAt, Instant deadline, Instant answeredAt, Boolean answeredOnTime) {
}
