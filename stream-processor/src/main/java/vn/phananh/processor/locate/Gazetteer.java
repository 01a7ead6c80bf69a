package vn.phananh.processor.locate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The places of one commune as configured in {@code gazetteer.json}: the commune's own spellings
 * (never a location) and its villages, residential groups and landmarks with their aliases.
 */
public record Gazetteer(List<String> communeAliases, List<Entry> places) {

    /** One place: gazetteer id, type (VILLAGE, RESIDENTIAL_GROUP, LANDMARK), subtype, official name, aliases. */
    public record Entry(String id, String type, String subtype, String name, List<String> aliases) {
    }

    public Gazetteer {
        communeAliases = List.copyOf(communeAliases);
        places = List.copyOf(places);
    }

    /** The place with this gazetteer id. */
    public java.util.Optional<Entry> place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Reads the gazetteer JSON format of {@code data/gazetteer.json}. */
    public static Gazetteer read(InputStream json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<Entry> places = new ArrayList<>();
        for (JsonNode p : root.path("places")) {
            places.add(new Entry(p.path("id").asString(), p.path("type").asString(), p.path("subtype").asString(),
                    p.path("name").asString(), strings(p.path("aliases"))));
        }
        return new Gazetteer(strings(root.path("commune").path("aliases")), places);
    }

    /** Reads a gazetteer from the classpath. */
    public static Gazetteer fromClasspath(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer not on the classpath: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
