package vn.phananh.processor.enrich;

import java.util.List;
import vn.phananh.avro.Kind;
import vn.phananh.avro.PiiSpan;
import vn.phananh.avro.Place;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.TopicScore;

/**
 * Everything the processor derives from one message's text: masked, normalised and folded
 * text (all computed from the masked text, so no personal data reaches a searchable field),
 * PII spans in the original, labels with confidences, and the place (nullable), as the topology
 * copies them into {@code EnrichedFeedback}.
 */
public record Enrichment(String maskedText, String normalizedText, String foldedText, List<PiiSpan> piiSpans,
                         TopicScore topic, List<TopicScore> secondaryTopics, Kind kind, double kindConfidence,
                         Sentiment sentiment, double sentimentConfidence, boolean urgent, double urgentConfidence,
                         String urgentReason, boolean spam, Place place, String classifierVersion) {

    public Enrichment {
        piiSpans = List.copyOf(piiSpans);
        secondaryTopics = List.copyOf(secondaryTopics);
    }
}
