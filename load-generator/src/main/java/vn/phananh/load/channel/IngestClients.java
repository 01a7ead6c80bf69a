package vn.phananh.load.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** Every channel client against one ingest service, sharing one HTTP client. */
public record IngestClients(FacebookClient facebook, ZaloClient zalo, DeskClient desk, ApiClient api) {

    /** @param retries how often a {@code 503} with {@code Retry-After} is retried, as Meta and Zalo do */
    public static IngestClients of(HttpClient client, URI ingest, Channels channels, Clock clock, int retries,
            Identity identity) {
        JsonHttp http = new JsonHttp(client, ingest, Duration.ofSeconds(15), retries);
        return new IngestClients(new FacebookClient(http, channels, clock), new ZaloClient(http, channels),
                new DeskClient(http, identity), new ApiClient(http));
    }
}
