package vn.phananh.search.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.phananh.search.system.SearchProperties;

/**
 * Makes sure the feedback, alert and channel-event indices and their aliases exist: at start-up when
 * Elasticsearch answers, otherwise every {@value #RETRY_MILLIS} ms until it does (the launcher starts the
 * services while Elasticsearch may still be starting) and before any batch is indexed. Health is down
 * ({@code indices}) until they exist, so a search on a fresh pipeline that reports ready finds an empty
 * index, not a missing one.
 */
@Component("indices")
public class IndexBootstrap implements SmartInitializingSingleton, HealthIndicator, DisposableBean {

    static final long RETRY_MILLIS = 1000;

    public static final String FEEDBACK_MAPPING = "elasticsearch/feedback.json";
    public static final String ALERTS_MAPPING = "elasticsearch/alerts.json";
    public static final String CHANNEL_EVENTS_MAPPING = "elasticsearch/channel-events.json";

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final IndexAdmin admin;
    private final SearchProperties.Indices indices;
    private volatile boolean ready;
    private volatile Thread retrying;

    public IndexBootstrap(IndexAdmin admin, SearchProperties properties) {
        this.admin = admin;
        this.indices = properties.indices();
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            ensureReady();
        }
        catch (RuntimeException ex) {
            log.info("Elasticsearch is not reachable yet; the indices are created once it is: {}", ex.getMessage());
            retrying = Thread.ofVirtual().name("index-bootstrap").start(this::retryUntilReady);
        }
    }

    private void retryUntilReady() {
        while (!ready && !Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(RETRY_MILLIS);
                ensureReady();
                log.info("Elasticsearch answers; the indices and aliases are there");
            }
            catch (InterruptedException ex) {
                return;
            }
            catch (RuntimeException ex) {
                // still starting: the next round tries again
            }
        }
    }

    @Override
    public Health health() {
        return ready ? Health.up().build() : Health.down().withDetail("indices", "not created yet").build();
    }

    @Override
    public void destroy() {
        Thread thread = retrying;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Creates what is missing; cheap once it succeeded. */
    public void ensureReady() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            try {
                admin.ensureAlias(indices.feedbackAlias(), FEEDBACK_MAPPING);
                admin.ensureAlias(indices.alertsAlias(), ALERTS_MAPPING);
                admin.ensureAlias(indices.channelEventsAlias(), CHANNEL_EVENTS_MAPPING);
                ready = true;
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
