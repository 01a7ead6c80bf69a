package vn.phananh.search.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import vn.phananh.search.system.SearchProperties;

/**
 * Makes sure the feedback, alert and channel-event indices and their aliases exist: at start-up when
 * Elasticsearch answers, otherwise before the first batch is indexed.
 */
@Component
public class IndexBootstrap implements SmartInitializingSingleton {

    public static final String FEEDBACK_MAPPING = "elasticsearch/feedback.json";
    public static final String ALERTS_MAPPING = "elasticsearch/alerts.json";
    public static final String CHANNEL_EVENTS_MAPPING = "elasticsearch/channel-events.json";

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final IndexAdmin admin;
    private final SearchProperties.Indices indices;
    private volatile boolean ready;

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
            log.warn("Elasticsearch is not reachable yet; indices will be created before the first batch: {}",
                    ex.getMessage());
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
