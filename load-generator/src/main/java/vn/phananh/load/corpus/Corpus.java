package vn.phananh.load.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.phananh.load.channel.Json;

/**
 * Reads the labelled development sets. The build copies them into the jar under {@code corpus/}
 * from {@code stream-processor/src/main/resources/training/}, the copy the classifier trains on.
 */
public final class Corpus {

    /** The chat-style set of xã Hùng Cường: Facebook, Zalo and desk messages. */
    public static final String CHAT = "corpus/feedback-dev.jsonl";
    /** The broad set: portal, press, voter, desk and social styles. */
    public static final String BROAD = "corpus/feedback-dev-broad.jsonl";

    public static List<CorpusMessage> chat() {
        return resource(CHAT);
    }

    public static List<CorpusMessage> broad() {
        return resource(BROAD);
    }

    public static List<CorpusMessage> resource(String name) {
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The corpus " + name + " is not on the classpath");
        }
        try (in) {
            return read(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One message per non-blank line; a line that is not a labelled message fails with its number. */
    public static List<CorpusMessage> read(InputStream in) throws IOException {
        List<CorpusMessage> messages = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (!line.isBlank()) {
                messages.add(parse(line, number));
            }
        }
        return List.copyOf(messages);
    }

    private static CorpusMessage parse(String line, int number) {
        JsonNode node = Json.read(line.getBytes(StandardCharsets.UTF_8));
        String id = Json.text(node, "id");
        String text = Json.text(node, "text");
        if (id == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("Line " + number + " has no id or text");
        }
        return new CorpusMessage(id, Json.text(node, "channel"), text, Json.text(node, "topic"),
                strings(node.path("secondary_topics")), Json.text(node, "kind"), Json.text(node, "sentiment"),
                node.path("urgent").asBoolean(false), Json.text(node, "location_id"), Json.text(node, "location_text"),
                pii(node.path("pii")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<CorpusMessage.Pii> pii(JsonNode array) {
        List<CorpusMessage.Pii> values = new ArrayList<>();
        array.values().forEach(v -> values.add(new CorpusMessage.Pii(Json.text(v, "type"), Json.text(v, "text"))));
        return values;
    }

    private Corpus() {
    }
}
