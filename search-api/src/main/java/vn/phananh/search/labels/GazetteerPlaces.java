package vn.phananh.search.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The place ids of the gazetteer the processor locates with (the build copies it here). */
@Component
class GazetteerPlaces implements UnitPlaces {

    static final String RESOURCE = "/gazetteer/gazetteer.json";

    private final Map<String, String> places = new LinkedHashMap<>();

    GazetteerPlaces() {
        try (InputStream in = GazetteerPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer missing from the classpath: " + RESOURCE);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            root.path("places").forEach(p -> places.put(p.path("id").asString(), p.path("name").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One gazetteer serves every unit until units carry their own. */
    @Override
    public Map<String, String> placesOf(String unitCode) {
        return Collections.unmodifiableMap(places);
    }
}
