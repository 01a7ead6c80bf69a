package vn.phananh.search.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.phananh.schema.MessageLog;
import vn.phananh.search.system.SearchProperties;

/**
 * Sends bulk writes and judges every item: done (including version conflicts, which mean a
 * newer revision is already indexed), retried with back-off, or rejected for good.
 */
@Component
class BulkWriter {

    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    private final ElasticsearchClient client;
    private final SearchProperties.Indexer settings;
    private final Timer latency;

    BulkWriter(ElasticsearchClient client, SearchProperties properties, MeterRegistry registry) {
        this.client = client;
        this.settings = properties.indexer();
        this.latency = Timer.builder("phananh.search.bulk.latency").description("One bulk request to Elasticsearch")
                .publishPercentileHistogram().register(registry);
    }

    /**
     * Writes every item; returns those rejected for good. Throws when Elasticsearch cannot be
     * reached or retriable items are still failing, so the caller's batch is retried whole.
     */
    List<Rejected> write(List<BulkItem> items) {
        List<Rejected> rejected = new ArrayList<>();
        List<BulkItem> pending = items;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > settings.itemRetries()) {
                throw new RetriableIndexingException(pending.size() + " bulk items still failing after "
                        + settings.itemRetries() + " retries");
            }
            if (attempt > 0) {
                pause(attempt);
            }
            pending = sendOnce(pending, rejected);
        }
        return rejected;
    }

    private List<BulkItem> sendOnce(List<BulkItem> items, List<Rejected> rejected) {
        BulkResponse response = execute(items);
        List<BulkItem> retry = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem result = response.items().get(i);
            switch (ItemOutcome.of(result)) {
                case DONE -> { }
                case RETRY -> retry.add(items.get(i));
                case PERMANENT -> rejected.add(reject(items.get(i), result));
            }
        }
        if (!retry.isEmpty()) {
            log.warn("{} of {} bulk items failed with a retriable error", retry.size(), items.size());
        }
        return retry;
    }

    private BulkResponse execute(List<BulkItem> items) {
        long started = System.nanoTime();
        try {
            return client.bulk(b -> b.operations(items.stream().map(BulkWriter::operation).toList()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static BulkOperation operation(BulkItem item) {
        if (item.document() == null) {
            return BulkOperation.of(o -> o.delete(d -> d.index(item.target().name()).id(item.id())));
        }
        return BulkOperation.of(o -> o.index(i -> {
            i.index(item.target().name()).id(item.id()).document(item.document())
                    .requireAlias(item.target().alias());
            if (item.version() != null) {
                i.version(item.version()).versionType(VersionType.External);
            }
            return i;
        }));
    }

    private static Rejected reject(BulkItem item, BulkResponseItem result) {
        String reason = result.status() + " " + result.error().type() + ": " + result.error().reason();
        try (var scope = MessageLog.of(item.id(), null)) {
            // The reason may quote a field's value: it goes to the dead letter's headers, not here.
            log.warn("Rejected by Elasticsearch: {}", result.error().type());
        }
        return new Rejected(item.source(), "index", reason);
    }

    private void pause(int attempt) {
        long millis = Math.min(settings.maxBackoff().toMillis(),
                settings.itemBackoff().toMillis() << Math.min(attempt - 1, 16));
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RetriableIndexingException("Interrupted while backing off");
        }
    }

    /** Thrown so the container backs off and hands the same batch again; nothing is committed. */
    static final class RetriableIndexingException extends RuntimeException {
        RetriableIndexingException(String message) {
            super(message);
        }
    }
}
