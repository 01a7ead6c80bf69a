package vn.phananh.processor.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled messages the project ships (the repository's {@code training-data/}, copied by the
 * build to {@code training/} on the classpath): what the build trains on, and the base that every
 * retrained model starts from.
 */
public final class ShippedData {

    static final List<String> SETS = List.of("feedback-dev.jsonl", "feedback-dev-broad.jsonl", "feedback-dev-large.jsonl");
    /** The writing style of every shipped message (id, style, file), for leave-one-style-out validation. */
    public static final String STYLES = "/training/styles.tsv";

    private ShippedData() {
    }

    public static List<LabelledMessage> messages() {
        List<LabelledMessage> messages = new ArrayList<>();
        for (String set : SETS) {
            try (InputStream in = ShippedData.class.getResourceAsStream("/training/" + set)) {
                if (in == null) {
                    throw new IllegalStateException("training set missing from the classpath: " + set);
                }
                messages.addAll(LabelledMessage.readAll(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages;
    }
}
