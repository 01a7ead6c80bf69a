package vn.phananh.processor.eval;

import java.util.Set;

/** What the pipeline said about one labelled message, next to the gold labels. */
record Prediction(String id, String topic, String goldTopic, String kind, String goldKind, String sentiment,
                  String goldSentiment, boolean urgent, boolean goldUrgent, String urgentReason, Set<String> pii,
                  Set<String> goldPii, String placeId, String goldPlaceId) {
}
