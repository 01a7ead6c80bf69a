package vn.phananh.processor.topology;

import vn.phananh.avro.RawFeedback;
import vn.phananh.processor.enrich.Enrichment;

/**
 * Normalises, masks, classifies and locates the text of one raw feedback. A seam of the topology
 * so that its tests can pass the real enricher or a small fake.
 */
@FunctionalInterface
public interface FeedbackEnricher {

    Enrichment enrich(RawFeedback raw);
}
