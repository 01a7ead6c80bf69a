package vn.phananh.processor.topology;

import java.util.List;

import vn.phananh.avro.Kind;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.processor.enrich.Enrichment;

/**
 * A predictable stand-in for the real enricher in topology tests: the topology's behaviour, not
 * the classifier's, is under test here. Digits are masked, a few words pick the topic, "cháy"
 * makes it urgent and "quảng cáo" makes it spam.
 */
public final class FakeEnricher implements FeedbackEnricher {

    private volatile String version = "fake-1";

    /** Stands for a newly promoted model: later enrichments carry this version. */
    public void useVersion(String version) {
        this.version = version;
    }

    @Override
    public Enrichment enrich(RawFeedback raw) {
        String text = raw.getText();
        String masked = text.replaceAll("\\d{9,12}", "***");
        boolean urgent = text.contains("cháy");
        return new Enrichment(masked, masked.toLowerCase(), masked.toLowerCase(), List.of(),
                new TopicScore(topic(text), 0.9), List.of(), Kind.COMPLAINT, 0.8, Sentiment.NEGATIVE, 0.7,
                urgent, urgent ? 0.95 : 0.05, urgent ? "cháy" : null, text.contains("quảng cáo"), null, version);
    }

    private static Topic topic(String text) {
        String lower = text.toLowerCase();
        if (lower.contains("rác")) {
            return Topic.ENVIRONMENT;
        }
        return lower.contains("đường") ? Topic.INFRASTRUCTURE : Topic.OTHER;
    }
}
