package vn.phananh.search.labels;

import java.time.Instant;
import java.util.List;

/** The answer to a correction: it is in Kafka and will show in the feedback once processed. */
public record LabelAccepted(String correctionId, String feedbackId, List<String> corrected, Instant at) {
}
