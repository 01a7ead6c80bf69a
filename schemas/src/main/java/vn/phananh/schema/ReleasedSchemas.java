package vn.phananh.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.avro.Schema;

/**
 * The released copies of each topic schema, kept in the repository under
 * {@code vn/phananh/schema/released/}. Readers know them so that a record written with any
 * released version is still decoded, and the compatibility test checks the current schema
 * against the newest of them.
 */
public final class ReleasedSchemas {

    private static final String DIR = "/vn/phananh/schema/released/";

    /** The released versions of a record type, oldest first (as listed in {@code index.properties}). */
    public static List<Schema> of(String recordName) {
        Properties index = load();
        String versions = index.getProperty(recordName, "");
        List<Schema> schemas = new ArrayList<>();
        for (String version : versions.split(",")) {
            if (!version.isBlank()) {
                schemas.add(parse(recordName + "-" + version.trim() + ".avsc"));
            }
        }
        return schemas;
    }

    /** The names of all record types that have released copies. */
    public static List<String> recordNames() {
        return load().stringPropertyNames().stream().sorted().toList();
    }

    private static Properties load() {
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(DIR + "index.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Schema parse(String file) {
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Released schema missing from the classpath: " + file);
            }
            return new Schema.Parser().parse(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private ReleasedSchemas() {
    }
}
