package vn.phananh.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The channel fixtures copied from the shared reference set into test resources. */
public final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The exact bytes of a fixture file. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static JsonNode json(String name) {
        return JSON.readTree(bytes(name));
    }

    public static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private Fixtures() {
    }
}
