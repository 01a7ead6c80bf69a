package vn.phananh.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put the Kafka broker's classpath, the minimal Elasticsearch distribution and the
 * Keycloak server distribution (all from Maven Central). System properties {@code phananh.kafka.libs},
 * {@code phananh.elasticsearch.home} and {@code phananh.keycloak.home} override the built-in locations.
 */
public record Distribution(Path kafkaLibs, Path elasticsearchHome, Path keycloakHome, String kafkaVersion,
        String elasticsearchVersion, String keycloakVersion) {

    /** The locations written by the build of this module. */
    public static Distribution fromBuild() {
        Properties built = new Properties();
        try (InputStream in = Distribution.class.getResourceAsStream("distribution.properties")) {
            if (in != null) {
                built.load(in);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Path libs = Path.of(System.getProperty("phananh.kafka.libs", built.getProperty("kafka.libs", "")));
        Path home = Path.of(System.getProperty("phananh.elasticsearch.home", built.getProperty("elasticsearch.home", "")));
        Path keycloak = Path.of(System.getProperty("phananh.keycloak.home", built.getProperty("keycloak.home", "")));
        return new Distribution(libs, home, keycloak, built.getProperty("kafka.version", "?"),
                built.getProperty("elasticsearch.version", "?"), built.getProperty("keycloak.version", "?"));
    }

    /** Fails with a plain message when a part of the distribution is missing. */
    public Distribution verified() {
        if (!Files.isDirectory(kafkaLibs)) {
            throw missing("Kafka broker classpath", kafkaLibs);
        }
        if (!Files.isRegularFile(elasticsearchHome.resolve("bin/elasticsearch"))) {
            throw missing("Elasticsearch distribution", elasticsearchHome);
        }
        if (!Files.isRegularFile(keycloakHome.resolve("lib/quarkus-run.jar"))) {
            throw missing("Keycloak distribution", keycloakHome);
        }
        return this;
    }

    /** Copies a distribution's directory (its config, say) into a server's own home, replacing what is there. */
    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (java.nio.file.Files.isDirectory(source)) {
                    java.nio.file.Files.createDirectories(target);
                }
                else {
                    java.nio.file.Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static IllegalStateException missing(String what, Path where) {
        return new IllegalStateException("The " + what + " is missing at " + where
                + "; build it with ./mvnw -pl local-services -am package -DskipTests");
    }
}
