package vn.phananh.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put the Kafka broker's classpath and the minimal Elasticsearch distribution
 * (both from Maven Central). System properties {@code phananh.kafka.libs} and
 * {@code phananh.elasticsearch.home} override the built-in locations.
 */
public record Distribution(Path kafkaLibs, Path elasticsearchHome, String kafkaVersion, String elasticsearchVersion) {

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
        return new Distribution(libs, home, built.getProperty("kafka.version", "?"),
                built.getProperty("elasticsearch.version", "?"));
    }

    /** Fails with a plain message when a part of the distribution is missing. */
    public Distribution verified() {
        if (!Files.isDirectory(kafkaLibs)) {
            throw new IllegalStateException("The Kafka broker classpath is missing at " + kafkaLibs
                    + "; build it with ./mvnw -pl local-services -am package -DskipTests");
        }
        if (!Files.isRegularFile(elasticsearchHome.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("The Elasticsearch distribution is missing at " + elasticsearchHome
                    + "; build it with ./mvnw -pl local-services -am package -DskipTests");
        }
        return this;
    }
}
