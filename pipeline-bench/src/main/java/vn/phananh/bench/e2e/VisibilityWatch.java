package vn.phananh.bench.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.phananh.bench.ElasticsearchHttp;
import vn.phananh.bench.Load;
import vn.phananh.bench.Poller;
import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;

/**
 * When each accepted message became searchable: every 200 ms it asks the index behind the search
 * API which of the messages not yet seen a search finds now, by id, straight from Elasticsearch
 * (so polling adds no work to the search API being measured). With each one it reads the
 * processor's {@code enrichedAt} and the ingest service's {@code receivedAt}, so the latency of
 * every message splits into its stages.
 */
final class VisibilityWatch extends Poller {

    static final long POLL_MILLIS = 200;
    private static final int IDS_PER_REQUEST = 5000;

    /** When a message was first found, and the times the pipeline wrote into it. */
    record Seen(long visibleAtMillis, long receivedAtMillis, long enrichedAtMillis) {
    }

    private final ElasticsearchHttp elasticsearch;
    private final Load load;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    VisibilityWatch(ElasticsearchHttp elasticsearch, Load load) {
        super(Duration.ofMillis(POLL_MILLIS));
        this.elasticsearch = elasticsearch;
        this.load = load;
        start("visibility-watch");
    }

    @Override
    protected void pollOnce() {
        long started = System.currentTimeMillis();
        List<String> unseen = load.accepted().stream().map(AcceptedMessage::feedbackId).filter(id -> !seen.containsKey(id))
                .toList();
        for (int from = 0; from < unseen.size(); from += IDS_PER_REQUEST) {
            List<String> chunk = unseen.subList(from, Math.min(unseen.size(), from + IDS_PER_REQUEST));
            ObjectNode body = ElasticsearchHttp.JSON.createObjectNode().put("size", chunk.size());
            body.putArray("_source").add("receivedAt").add("enrichedAt");
            ArrayNode values = body.putObject("query").putObject("ids").putArray("values");
            chunk.forEach(values::add);
            for (JsonNode hit : elasticsearch.json("POST", "/feedback/_search", body.toString()).path("hits").path("hits")) {
                JsonNode source = hit.path("_source");
                seen.putIfAbsent(hit.path("_id").asString(), new Seen(started, source.path("receivedAt").asLong(),
                        source.path("enrichedAt").asLong()));
            }
        }
    }

    /** Waits until {@code count} messages were seen, at most {@code timeoutMillis}. */
    boolean awaitSeen(int count, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (seen.size() < count && System.currentTimeMillis() < deadline) {
            LockSupport.parkNanos(POLL_MILLIS * 1_000_000);
        }
        return seen.size() >= count;
    }

    Map<String, Seen> seen() {
        return Map.copyOf(seen);
    }
}
