package vn.phananh.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import vn.phananh.local.Distribution;
import vn.phananh.local.KeycloakSettings;
import vn.phananh.local.LocalElasticsearch;
import vn.phananh.local.LocalKafka;
import vn.phananh.local.LocalKeycloak;
import vn.phananh.local.Ports;

/**
 * The real Kafka broker, Elasticsearch node and Keycloak of a test run. Each is started at most once
 * per JVM, on free ports, choosing in this order: addresses given in environment variables
 * ({@value #KAFKA_ENV}, {@value #ELASTICSEARCH_ENV}, {@value #KEYCLOAK_ENV}); Testcontainers with the official images
 * where a Docker engine answers; local processes otherwise (under {@code target/}). Everything
 * started here stops when the JVM ends, also when it is killed.
 */
public final class RealServices {

    public static final String KAFKA_ENV = "PHANANH_TEST_KAFKA_BOOTSTRAP";
    public static final String ELASTICSEARCH_ENV = "PHANANH_TEST_ELASTICSEARCH_URL";
    /** A Keycloak with the development realm imported, e.g. {@code http://127.0.0.1:8180}. */
    public static final String KEYCLOAK_ENV = "PHANANH_TEST_KEYCLOAK_URL";

    private static final Logger log = LoggerFactory.getLogger(RealServices.class);
    /** Long enough for a loaded 2-core machine; {@code -Dphananh.test.services.start-timeout=PT10M} gives more. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("phananh.test.services.start-timeout",
            "PT5M"));
    /** The shared services' data is thrown away: a short grace keeps the JVM's exit within surefire's patience. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int START_ATTEMPTS = 3;

    private static KafkaService kafka;
    private static ElasticsearchService elasticsearch;
    private static KeycloakService keycloak;
    private static Boolean docker;

    /** The shared broker of this test run. */
    public static synchronized KafkaService kafka() {
        if (kafka == null) {
            kafka = startKafka();
        }
        return kafka;
    }

    /** The shared Elasticsearch node of this test run. */
    public static synchronized ElasticsearchService elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = startElasticsearch();
        }
        return elasticsearch;
    }

    /** The shared Keycloak of this test run, with the development realm. */
    public static synchronized KeycloakService keycloak() {
        if (keycloak == null) {
            keycloak = startKeycloak();
        }
        return keycloak;
    }

    /**
     * A broker of the caller's own, always a local process, that the test may stop and start
     * again on the same ports and log directory (for outage tests). The caller closes it.
     */
    public static LocalKafka dedicatedLocalKafka(String name) {
        Path dir = workDir().resolve("kafka-" + name + "-" + ProcessHandle.current().pid());
        return new LocalKafka(Distribution.fromBuild().verified(), dir, Ports.free(), Ports.free());
    }

    /** A node of the caller's own, always a local process, that the test may stop and start again. */
    public static LocalElasticsearch dedicatedLocalElasticsearch(String name) {
        Path dir = workDir().resolve("elasticsearch-" + name + "-" + ProcessHandle.current().pid());
        return new LocalElasticsearch(Distribution.fromBuild().verified(), dir, Ports.free(), Ports.free());
    }

    private static KafkaService startKafka() {
        String given = System.getenv(KAFKA_ENV);
        if (given != null && !given.isBlank()) {
            log.info("Using the Kafka broker at {} from {}", given, KAFKA_ENV);
            return new KafkaService(given, "environment", null);
        }
        if (dockerAvailable()) {
            return Containers.kafka();
        }
        LocalKafka local = startOnFreePorts("Kafka", attempt -> dedicatedLocalKafka("shared-" + attempt),
                kafka -> kafka.start(START_TIMEOUT), LocalKafka::dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            local.stop(STOP_GRACE);
            deleteQuietly(local.dataDir());
        }, "stop-local-kafka"));
        log.info("Started a local Kafka broker at {}", local.bootstrapServers());
        return new KafkaService(local.bootstrapServers(), "local process", local);
    }

    private static ElasticsearchService startElasticsearch() {
        String given = System.getenv(ELASTICSEARCH_ENV);
        if (given != null && !given.isBlank()) {
            log.info("Using the Elasticsearch node at {} from {}", given, ELASTICSEARCH_ENV);
            return new ElasticsearchService(given, "environment");
        }
        if (dockerAvailable()) {
            return Containers.elasticsearch();
        }
        LocalElasticsearch local = startOnFreePorts("Elasticsearch", attempt -> dedicatedLocalElasticsearch("shared-" + attempt),
                node -> node.start(START_TIMEOUT), LocalElasticsearch::dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            local.stop(STOP_GRACE);
            deleteQuietly(local.dataDir());
        }, "stop-local-elasticsearch"));
        log.info("Started a local Elasticsearch node at {}", local.url());
        return new ElasticsearchService(local.url(), "local process");
    }

    private static KeycloakService startKeycloak() {
        // Tests sign in from random ports; each adds its own with KeycloakService.allowWebUrl.
        KeycloakSettings settings = KeycloakSettings.fromEnvironment(System.getenv(), "http://127.0.0.1");
        String given = System.getenv(KEYCLOAK_ENV);
        if (given != null && !given.isBlank()) {
            log.info("Using the Keycloak at {} from {}", given, KEYCLOAK_ENV);
            return new KeycloakService(given.replaceAll("/+$", ""), settings, "environment");
        }
        if (dockerAvailable()) {
            return Containers.keycloak(settings);
        }
        LocalKeycloak local = startOnFreePorts("Keycloak", attempt -> new LocalKeycloak(Distribution.fromBuild().verified(),
                workDir().resolve("keycloak-shared-" + attempt + "-" + ProcessHandle.current().pid()), Ports.free(),
                Ports.free(), settings), keycloak -> keycloak.start(Duration.ofMinutes(5)), LocalKeycloak::dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            local.stop();
            deleteQuietly(local.dataDir());
        }, "stop-local-keycloak"));
        log.info("Started a local Keycloak at {}", local.url());
        return new KeycloakService(local.url(), settings, "local process");
    }

    /**
     * Starts a service on ports that were free when chosen; when another process took one before
     * the service bound it (a busy machine, other builds), tries again on new ports. Any other
     * failure is thrown at once, with what the service said.
     */
    private static <S extends AutoCloseable> S startOnFreePorts(String what, IntFunction<S> create, Consumer<S> start,
            Function<S, Path> dataDir) {
        for (int attempt = 1;; attempt++) {
            S service = create.apply(attempt);
            try {
                start.accept(service);
                return service;
            }
            catch (IllegalStateException ex) {
                closeQuietly(service);
                deleteQuietly(dataDir.apply(service));
                if (attempt == START_ATTEMPTS || !portTaken(ex)) {
                    throw new IllegalStateException("Could not start the local " + what + " for the tests (attempt "
                            + attempt + "): " + ex.getMessage(), ex);
                }
                log.warn("A port of the local {} was taken before it bound it; trying other ports", what);
            }
        }
    }

    private static boolean portTaken(IllegalStateException ex) {
        String message = String.valueOf(ex.getMessage());
        return message.contains("already in use") || message.contains("BindException");
    }

    private static void closeQuietly(AutoCloseable service) {
        try {
            service.close();
        }
        catch (Exception ex) {
            // Failed to start; whatever is left ends with this JVM (the watchdog).
        }
    }

    /** Removes a stopped service's files so repeated runs do not fill target/; failures only leave them. */
    private static void deleteQuietly(Path dir) {
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (java.io.IOException | java.io.UncheckedIOException ex) {
            // Left for the next mvn clean.
        }
    }

    /** Probes once whether a Docker engine answers (about a second when none does). */
    static synchronized boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            }
            catch (RuntimeException | LinkageError ex) {
                docker = false;
            }
            log.info("Docker engine available: {}", docker);
        }
        return docker;
    }

    /** Where local services of tests keep their files: the module's target directory. */
    static Path workDir() {
        return Path.of(System.getProperty("phananh.test.services.dir", "target/real-services")).toAbsolutePath();
    }

    private RealServices() {
    }
}
