package vn.phananh.search.accountability;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The allow-listed fields the public view reads from the index, nothing else. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PublicSource(String feedbackId, String unitCode, String topic, String maskedText, AnswerText answer,
        Long receivedAt, Long deadline, Long answeredAt, Boolean answeredOnTime) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerText(String text) {
    }
}
