package vn.phananh.load.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;

/** The signature vectors of the shared fixtures, copied under {@code src/test/resources/signatures}. */
final class Vectors {

    static JsonNode facebook() {
        return read("signatures/facebook-signature-vector.json");
    }

    static JsonNode zalo() {
        return read("signatures/zalo-signature-vector.json");
    }

    private static JsonNode read(String name) {
        try (InputStream in = Vectors.class.getClassLoader().getResourceAsStream(name)) {
            return Json.read(in.readAllBytes());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Vectors() {
    }
}
