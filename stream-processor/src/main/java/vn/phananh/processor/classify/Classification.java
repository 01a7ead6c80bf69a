package vn.phananh.processor.classify;

import java.util.List;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;

/** What the classifier decided about one message, each label with its confidence. */
public record Classification(Scored<Topic> topic, List<Scored<Topic>> secondaryTopics, Scored<Kind> kind,
                             Scored<Sentiment> sentiment, boolean urgent, double urgentConfidence,
                             String urgentReason, boolean spam) {

    /** A label with a confidence between 0 and 1. */
    public record Scored<T>(T label, double confidence) {
    }

    public Classification {
        secondaryTopics = List.copyOf(secondaryTopics);
    }
}
