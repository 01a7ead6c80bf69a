package vn.phananh.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.phananh.load.channel.JsonHttp;
import vn.phananh.load.search.SearchClient;

/**
 * Whether accepted messages are searchable. While waiting, it asks Elasticsearch directly how
 * many of the ids the index behind the search API shows (what a refresh made visible is what the
 * API finds), so polling costs the pipeline being measured no search API work at all. The final
 * word, each id found exactly once, comes from the search API itself, as a supervisor of both
 * units lists the feedback.
 */
public final class Searchability {

    /** Channel clocks in whole seconds (Facebook) make a message's time up to a second early. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int IDS_PER_REQUEST = 5000;
    private static final String INDEX = "feedback";

    private final SearchClient search;
    private final SearchClient.Login login;
    private final ElasticsearchHttp elasticsearch;
    private volatile String lastError;

    public Searchability(Target target) {
        java.net.http.HttpClient http = JsonHttp.newClient();
        this.search = new SearchClient(new JsonHttp(http, URI.create(target.searchUrl()), Duration.ofSeconds(30), 0));
        this.login = new SearchClient.Login("supervisor", "phananh-dev",
                new vn.phananh.load.channel.Identity(http, URI.create(target.keycloakUrl())));
        this.elasticsearch = new ElasticsearchHttp(target.elasticsearchUrl());
    }

    /**
     * Waits until every id is visible to searches; answers when the last of them was seen, or empty
     * after {@code timeout}. Elasticsearch being down meanwhile is waited out.
     */
    public Optional<Instant> awaitVisible(Collection<String> ids, Duration timeout) {
        List<String> wanted = List.copyOf(new HashSet<>(ids));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Instant probe = Instant.now();
            try {
                if (visibleCount(wanted) == wanted.size()) {
                    return Optional.of(probe);
                }
            }
            catch (RuntimeException ex) {
                lastError = ex.getMessage(); // Elasticsearch is down or busy: keep waiting
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return Optional.empty();
    }

    /** How many of {@code ids} a search finds now. */
    public long visibleCount(List<String> ids) {
        long found = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            ObjectNode body = ElasticsearchHttp.JSON.createObjectNode();
            ArrayNode values = body.putObject("query").putObject("ids").putArray("values");
            ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST)).forEach(values::add);
            found += elasticsearch.json("POST", "/" + INDEX + "/_count", body.toString()).path("count").asLong();
        }
        return found;
    }

    /**
     * Through the search API: for each of {@code ids} among the feedback opened in [{@code from},
     * {@code to}) ({@code to} null: no end), how often it is listed; absent ids were not found.
     */
    public Map<String, Integer> countById(Collection<String> ids, Instant from, Instant to) {
        Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
        Map<String, Integer> counts = new HashMap<>();
        for (SearchClient.Item item : search.all(login, window(from, to))) {
            if (wanted.contains(item.feedbackId())) {
                counts.merge(item.feedbackId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public String lastError() {
        return lastError;
    }

    private static Map<String, String> window(Instant from, Instant to) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("from", from.minus(SLACK).toString());
        if (to != null) {
            filter.put("to", to.plus(SLACK).toString());
        }
        return filter;
    }
}
