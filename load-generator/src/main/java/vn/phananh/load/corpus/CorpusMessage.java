package vn.phananh.load.corpus;

import java.util.List;

/**
 * One labelled line of a development set ({@code feedback-dev*.jsonl}): the message as a citizen
 * wrote it, the channel style it was written in, and the labels of the taxonomy.
 */
public record CorpusMessage(String id, String channel, String text, String topic, List<String> secondaryTopics,
        String kind, String sentiment, boolean urgent, String locationId, String locationText, List<Pii> pii) {

    public CorpusMessage {
        secondaryTopics = secondaryTopics == null ? List.of() : List.copyOf(secondaryTopics);
        pii = pii == null ? List.of() : List.copyOf(pii);
    }

    /** A piece of personal data inside the text, copied as typed. */
    public record Pii(String type, String text) {
    }

    /** Labelled as no feedback at all: spam, greetings, chatter (kind and topic OTHER). */
    public boolean notFeedback() {
        return "OTHER".equals(kind) && "OTHER".equals(topic);
    }
}
