package vn.phananh.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.phananh.bench.ElasticsearchHttp;

/**
 * The ceiling the pipeline is compared with: the very documents the run indexed, read back from
 * the feedback index, bulk-indexed flat out into a scratch index with the same mapping and
 * settings on the same node (same bulk size and external versions as the indexer), then deleted.
 */
final class RawBulk {

    static final int BULK = 1000;
    private static final String ALIAS = "feedback";

    /** A document as indexed: its id, external version and source. */
    record Doc(String id, long version, String source) {
    }

    private final ElasticsearchHttp es;

    RawBulk(ElasticsearchHttp es) {
        this.es = es;
    }

    /** Every document behind the feedback alias (a fresh pipeline holds only the run's), by scroll. */
    List<Doc> fetchAll() {
        List<Doc> docs = new ArrayList<>();
        for (JsonNode hit : es.scroll(ALIAS, "{\"size\":2000,\"version\":true,\"sort\":[\"_doc\"],\"query\":{\"match_all\":{}}}")) {
            docs.add(new Doc(hit.path("_id").asString(), hit.path("_version").asLong(),
                    ElasticsearchHttp.JSON.writeValueAsString(hit.path("_source"))));
        }
        return docs;
    }

    /** The median of three rounds of {@link #rate}: one round lasts seconds, and the machine is shared. */
    double medianRate(List<Doc> docs, int threads) {
        double[] rounds = { rate(docs, threads), rate(docs, threads), rate(docs, threads) };
        java.util.Arrays.sort(rounds);
        return rounds[1];
    }

    /** Documents per second with {@code threads} concurrent bulk requests into a fresh scratch index. */
    double rate(List<Doc> docs, int threads) {
        String index = "bench-raw-" + System.currentTimeMillis();
        es.json("PUT", "/" + index, scratchIndexBody());
        try {
            ConcurrentLinkedQueue<List<Doc>> chunks = new ConcurrentLinkedQueue<>();
            for (int from = 0; from < docs.size(); from += BULK) {
                chunks.add(docs.subList(from, Math.min(docs.size(), from + BULK)));
            }
            AtomicLong failed = new AtomicLong();
            long start = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().start(() -> drain(chunks, index, failed)));
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " documents failed in the raw bulk");
            }
            return docs.size() / seconds;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
        finally {
            es.json("DELETE", "/" + index, null);
        }
    }

    private void drain(ConcurrentLinkedQueue<List<Doc>> chunks, String index, AtomicLong failed) {
        for (List<Doc> chunk = chunks.poll(); chunk != null; chunk = chunks.poll()) {
            StringBuilder body = new StringBuilder(chunk.size() * 2048);
            for (Doc d : chunk) {
                body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":")
                        .append(ElasticsearchHttp.JSON.writeValueAsString(d.id())).append(",\"version\":")
                        .append(d.version()).append(",\"version_type\":\"external\"}}\n").append(d.source()).append('\n');
            }
            JsonNode answer = es.call("POST", "/_bulk", "application/x-ndjson", body.toString());
            if (answer.path("errors").asBoolean(false)) {
                for (JsonNode item : answer.path("items")) {
                    if (item.path("index").has("error")) {
                        failed.incrementAndGet();
                    }
                }
            }
        }
    }

    /** The live feedback index's mapping and the settings that shape indexing cost. */
    private String scratchIndexBody() {
        JsonNode mapping = es.json("GET", "/" + ALIAS + "/_mapping", null).properties().iterator().next().getValue()
                .path("mappings");
        JsonNode settings = es.json("GET", "/" + ALIAS + "/_settings", null).properties().iterator().next().getValue()
                .path("settings").path("index");
        ObjectNode body = ElasticsearchHttp.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        for (String name : List.of("number_of_shards", "number_of_replicas", "refresh_interval", "analysis", "mapping")) {
            if (settings.has(name)) {
                index.set(name, settings.get(name));
            }
        }
        body.set("mappings", mapping);
        return body.toString();
    }
}
