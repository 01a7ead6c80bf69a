package vn.phananh.processor.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One hand-labelled message of the development sets (the JSONL format of {@code feedback-dev.jsonl}). */
public record LabelledMessage(String id, String channel, String text, String topic, List<String> secondaryTopics,
                              String kind, String sentiment, boolean urgent, String locationId, String locationText,
                              List<Pii> pii) {

    /** A labelled piece of personal data, as typed in the text. */
    public record Pii(String type, String text) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads every line of a JSONL stream. */
    public static List<LabelledMessage> readAll(InputStream jsonl) {
        List<LabelledMessage> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jsonl, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(parse(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static LabelledMessage parse(JsonNode n) {
        List<String> secondary = new ArrayList<>();
        n.path("secondary_topics").forEach(t -> secondary.add(t.asString()));
        List<Pii> pii = new ArrayList<>();
        n.path("pii").forEach(p -> pii.add(new Pii(p.path("type").asString(), p.path("text").asString())));
        return new LabelledMessage(n.path("id").asString(), n.path("channel").asString(), n.path("text").asString(),
                n.path("topic").asString(), secondary, n.path("kind").asString(), n.path("sentiment").asString(),
                n.path("urgent").asBoolean(), nullable(n.path("location_id")), nullable(n.path("location_text")), pii);
    }

    private static String nullable(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asString();
    }
}
