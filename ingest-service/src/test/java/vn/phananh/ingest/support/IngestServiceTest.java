package vn.phananh.ingest.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.RawFeedback;
import vn.phananh.schema.Topics;
import vn.phananh.units.DevUnits;
import vn.phananh.testsupport.RealServices;

/**
 * Base of the module tests: the whole service on a random port against the run's real broker and
 * identity provider, with readers of the topics it writes. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IngestServiceTest {

    private static TopicReader<RawFeedback> raw;
    private static TopicReader<ChannelEvent> events;

    @LocalServerPort
    protected int port;

    protected Http http;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> RealServices.kafka().bootstrapServers());
        identity(registry);
        units(registry, RealServices.kafka().bootstrapServers());
    }

    /** The development units on the broker's units.v1, their fake secrets where the service resolves them. */
    public static void units(DynamicPropertyRegistry registry, String bootstrap) {
        registry.add("phananh.units.secrets-dir", () -> DevUnits.ensurePublished(bootstrap).toString());
    }

    /** Points the desk entrance at the run's Keycloak realm. */
    public static void identity(DynamicPropertyRegistry registry) {
        registry.add("phananh.ingest.identity.issuer", () -> RealServices.keycloak().issuer());
        registry.add("phananh.ingest.identity.jwk-set-uri",
                () -> RealServices.keycloak().issuer() + "/protocol/openid-connect/certs");
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    protected static synchronized TopicReader<RawFeedback> raw() {
        if (raw == null) {
            raw = new TopicReader<>(RealServices.kafka().bootstrapServers(), Topics.RAW);
        }
        return raw;
    }

    protected static synchronized TopicReader<ChannelEvent> events() {
        if (events == null) {
            events = new TopicReader<>(RealServices.kafka().bootstrapServers(), Topics.CHANNEL_EVENTS);
        }
        return events;
    }

    @AfterAll
    static synchronized void closeReaders() {
        if (raw != null) {
            raw.close();
            raw = null;
        }
        if (events != null) {
            events.close();
            events = null;
        }
    }
}
