package vn.phananh.search.rebuild;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Service;

import vn.phananh.search.indexing.FeedbackReplayIndexer;
import vn.phananh.search.indexing.IndexAdmin;
import vn.phananh.search.indexing.IndexBootstrap;
import vn.phananh.search.indexing.IndexTargets;
import vn.phananh.search.system.SearchProperties;

/**
 * Rebuilds the feedback index without downtime: creates {@code feedback-v<N+1>}, makes the live
 * indexer write to it as well, replays the compacted enriched topic from the beginning into it,
 * then moves the alias in one atomic step. Searches keep using the old index until the switch.
 */
@Service
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final IndexAdmin admin;
    private final IndexBootstrap bootstrap;
    private final IndexTargets targets;
    private final FeedbackReplayIndexer indexer;
    private final KafkaProperties kafka;
    private final SearchProperties properties;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "index-rebuild"));
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    IndexRebuild(IndexAdmin admin, IndexBootstrap bootstrap, IndexTargets targets, FeedbackReplayIndexer indexer,
            KafkaProperties kafka, SearchProperties properties, Clock clock) {
        this.admin = admin;
        this.bootstrap = bootstrap;
        this.targets = targets;
        this.indexer = indexer;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background; refuses while one is running. */
    public synchronized RebuildStatus start() throws IOException {
        if (status.get().state() == RebuildStatus.State.RUNNING) {
            throw new IllegalStateException("A rebuild is already running");
        }
        bootstrap.ensureReady();
        String alias = properties.indices().feedbackAlias();
        String from = admin.indexBehind(alias).orElseThrow();
        String to = IndexAdmin.nextVersion(alias, from);
        admin.createIndex(to, IndexBootstrap.FEEDBACK_MAPPING, null);
        // From here on, live updates reach the new index too; the replay covers everything before.
        targets.addFeedbackIndex(to);
        status.set(new RebuildStatus(RebuildStatus.State.RUNNING, from, to, 0, 0, clock.instant(), null, null));
        worker.submit(() -> run(alias, from, to));
        return status.get();
    }

    private void run(String alias, String from, String to) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Replay replay = new Replay(consumer, properties.topics().enriched());
            long total = replay.total();
            status.updateAndGet(s -> new RebuildStatus(s.state(), from, to, 0, total, s.startedAt(), null, null));
            replay.run(batch -> indexer.index(batch, to), n -> status.updateAndGet(s -> s.progress(n)));
            admin.refresh(to);
            admin.moveAlias(alias, from, to);
            status.updateAndGet(s -> s.end(RebuildStatus.State.SWITCHED, clock.instant(), null));
            log.info("Rebuilt {} into {} and moved alias {}", from, to, alias);
        }
        catch (Exception ex) {
            log.error("Rebuild into {} failed; the alias still points at {}", to, from, ex);
            status.updateAndGet(s -> s.end(RebuildStatus.State.FAILED, clock.instant(), ex.getMessage()));
        }
        finally {
            targets.removeFeedbackIndex(to);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-api-rebuild");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
