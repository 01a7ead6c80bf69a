package vn.phananh.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import vn.phananh.webapp.system.WebProperties;

/**
 * The search API as the pages use it: every call but the public ones carries the signed-in
 * person's access token as a bearer token ({@link AccessTokens}); the API answers what that person
 * may see, and refuses (403) what they may not. Errors arrive as
 * {@link org.springframework.web.client.RestClientResponseException} with the API's problem
 * details, which the pages turn into Vietnamese.
 */
@Component
public class SearchApi {

    private final RestClient client;
    private final AccessTokens tokens;

    SearchApi(WebProperties properties, AccessTokens tokens) {
        this.tokens = tokens;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.timeout());
        this.client = RestClient.builder().baseUrl(properties.searchApi().toString()).requestFactory(factory)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .build();
    }

    public Me me() {
        return get(b -> b.path("/api/v1/me").build(), Me.class);
    }

    public Pages.InboxPage inbox(MultiValueMap<String, String> filters) {
        return get(b -> b.path("/api/v1/inbox").queryParams(filters).build(), Pages.InboxPage.class);
    }

    public Pages.SearchPage search(MultiValueMap<String, String> filters) {
        return get(b -> b.path("/api/v1/feedback").queryParams(filters).build(), Pages.SearchPage.class);
    }

    /** Every result of the search as the API's CSV, copied to {@code out} as it arrives. */
    public void exportCsv(String token, MultiValueMap<String, String> filters, OutputStream out) {
        client.get().uri(b -> b.path("/api/v1/feedback/export.csv").queryParams(filters).build())
                .headers(h -> h.setBearerAuth(token)).header(HttpHeaders.ACCEPT, "text/csv")
                .exchange((request, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new IOException("Export refused by the search API: " + response.getStatusCode());
                    }
                    try (InputStream in = response.getBody()) {
                        in.transferTo(out);
                    }
                    return null;
                });
    }

    public FeedbackView feedback(String id) {
        return get(b -> b.path("/api/v1/feedback/{id}").build(id), FeedbackView.class);
    }

    /** A staff action ({@code acknowledge}, {@code assign}, {@code answer}, {@code close}, {@code spam}); 202 when in Kafka. */
    public void act(String id, String action, Map<String, Object> body) {
        client.post().uri(b -> b.path("/api/v1/feedback/{id}/{action}").build(id, action)).headers(bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    /** The rating a visitor gave at the desk, recorded by the clerk; 202 when in Kafka, 409 before an answer. */
    public void rateAtDesk(String id, Map<String, Object> rating) {
        client.post().uri(b -> b.path("/api/v1/feedback/{id}/rating").build(id)).headers(bearer())
                .contentType(MediaType.APPLICATION_JSON).body(rating).retrieve().toBodilessEntity();
    }

    public void correctLabels(String id, Map<String, Object> body) {
        client.put().uri(b -> b.path("/api/v1/feedback/{id}/labels").build(id)).headers(bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    public Pages.ClusterAnswered answerCluster(String clusterId, String text) {
        return client.post().uri(b -> b.path("/api/v1/clusters/{id}/answer").build(clusterId)).headers(bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("text", text)).retrieve()
                .body(Pages.ClusterAnswered.class);
    }

    public Map<String, String> unitPlaces(String unit) {
        return get(b -> b.path("/api/v1/units/{unit}/places").build(unit),
                new ParameterizedTypeReference<Map<String, String>>() { });
    }

    /** Counts per {@code by} and bucket; {@code unit} (or all the person's units) and {@code kind} (or all) when given. */
    public Pages.TrendSeries trends(String by, Instant from, Instant to, String interval, String unit, String kind) {
        return get(b -> b.path("/api/v1/trends").queryParam("by", by).queryParam("from", from).queryParam("to", to)
                .queryParam("interval", interval).queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind)).build(), Pages.TrendSeries.class);
    }

    public List<Pages.RisingTopic> rising(Instant from, Instant to, String unit) {
        return get(b -> b.path("/api/v1/trends/rising").queryParam("from", from).queryParam("to", to)
                .queryParamIfPresent("unit", java.util.Optional.ofNullable(unit)).build(),
                new ParameterizedTypeReference<List<Pages.RisingTopic>>() { });
    }

    public List<Pages.AlertView> alerts(int size) {
        return get(b -> b.path("/api/v1/alerts").queryParam("size", size).build(),
                new ParameterizedTypeReference<List<Pages.AlertView>>() { });
    }

    public List<Pages.UnitRecord> accountability(Instant from, Instant to) {
        return get(b -> b.path("/api/v1/accountability").queryParam("from", from).queryParam("to", to).build(),
                new ParameterizedTypeReference<List<Pages.UnitRecord>>() { });
    }

    public List<Pages.PlaceCount> places(Instant from, Instant to, int size) {
        return get(b -> b.path("/api/v1/places").queryParam("from", from).queryParam("to", to)
                .queryParam("size", size).build(), new ParameterizedTypeReference<List<Pages.PlaceCount>>() { });
    }

    public List<Pages.FollowerCount> followers(Instant from, Instant to) {
        return get(b -> b.path("/api/v1/channels/followers").queryParam("from", from).queryParam("to", to).build(),
                new ParameterizedTypeReference<List<Pages.FollowerCount>>() { });
    }

    public Pages.PeriodicReport report(String unit, String period) {
        return get(b -> b.path("/api/v1/reports/{unit}").queryParam("period", period).build(unit),
                Pages.PeriodicReport.class);
    }

    /** The report's PDF as the API made it, with its file name. */
    public ResponseEntity<byte[]> reportPdf(String unit, String period) {
        return client.get().uri(b -> b.path("/api/v1/reports/{unit}/pdf").queryParam("period", period).build(unit))
                .headers(bearer()).header(HttpHeaders.ACCEPT, MediaType.APPLICATION_PDF_VALUE,
                        MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .retrieve().toEntity(byte[].class);
    }

    /**
     * Opens the event stream at {@code path} ({@code /api/v1/alerts/stream}, {@code /api/v1/feedback/stream})
     * with {@code token} and hands every line to {@code lines} until it ends or {@code lines} throws
     * (the browser went away).
     */
    public void eventStream(String path, String token, Consumer<String> lines) {
        client.get().uri(path).headers(h -> h.setBearerAuth(token))
                .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
                .exchange((request, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new IOException("Event stream " + path + " refused by the search API: "
                                + response.getStatusCode());
                    }
                    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(response.getBody(),
                            java.nio.charset.StandardCharsets.UTF_8))) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            lines.accept(line);
                        }
                    }
                    return null;
                });
    }

    /** The public part of the API: no token; {@code client} names the browser for the lookup limit. */
    public List<Me.Unit> unitNames() {
        return client.get().uri("/api/v1/public/unit-names").retrieve()
                .body(new ParameterizedTypeReference<List<Me.Unit>>() { });
    }

    public List<Pages.UnitRecord> publicUnits() {
        return client.get().uri("/api/v1/public/units").retrieve()
                .body(new ParameterizedTypeReference<List<Pages.UnitRecord>>() { });
    }

    public Pages.PublicPage publicFeedback(String unit, int size, String cursor) {
        return client.get().uri(b -> b.path("/api/v1/public/feedback").queryParamIfPresent("unit",
                java.util.Optional.ofNullable(unit)).queryParam("size", size)
                .queryParamIfPresent("cursor", java.util.Optional.ofNullable(cursor)).build())
                .retrieve().body(Pages.PublicPage.class);
    }

    public Pages.Tracked track(String code, String client) {
        return this.client.get().uri(b -> b.path("/api/v1/public/track/{code}").build(code))
                .header("X-Forwarded-For", client).retrieve().body(Pages.Tracked.class);
    }

    public void rate(String code, Map<String, Object> rating, String client) {
        this.client.post().uri(b -> b.path("/api/v1/public/track/{code}/rating").build(code))
                .header("X-Forwarded-For", client).contentType(MediaType.APPLICATION_JSON).body(rating).retrieve()
                .toBodilessEntity();
    }

    private <T> T get(java.util.function.Function<UriBuilder, URI> uri, Class<T> type) {
        return client.get().uri(uri).headers(bearer()).retrieve().body(type);
    }

    private <T> T get(java.util.function.Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return client.get().uri(uri).headers(bearer()).retrieve().body(type);
    }

    private Consumer<HttpHeaders> bearer() {
        String token = tokens.current();
        return h -> h.setBearerAuth(token);
    }
}
