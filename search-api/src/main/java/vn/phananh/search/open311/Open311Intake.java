package vn.phananh.search.open311;

import java.net.http.HttpClient;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.phananh.open311.GeoReportFormat;
import vn.phananh.open311.GeoReportResponses;

/**
 * Relays {@code POST requests.{json,xml}} to the ingest service, which owns the intake, so that one
 * base URL serves all of GeoReport: the form's bytes go as they came, the ingest service's answer
 * (201 once Kafka holds the request, or the specification's error) comes back as it is. When the
 * ingest service cannot be reached the client gets 503 with {@code Retry-After}, and retries.
 */
@Component
class Open311Intake {

    private static final Logger log = LoggerFactory.getLogger(Open311Intake.class);
    /** Headers of the ingest service's answer that the client needs. */
    private static final List<String> ANSWER_HEADERS = List.of(HttpHeaders.RETRY_AFTER, "Idempotent-Replayed");

    private final RestClient client;
    private final String url;

    Open311Intake(Open311Properties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.intakeTimeout()).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.intakeTimeout());
        this.url = properties.intakeUrl().toString();
        this.client = RestClient.builder().baseUrl(url).requestFactory(factory).build();
    }

    ResponseEntity<byte[]> relay(GeoReportFormat format, String contentType, String idempotencyKey, byte[] body) {
        try {
            return client.post().uri("/open311/v2/requests.{extension}", format.extension())
                    .headers(h -> {
                        if (contentType != null) {
                            h.set(HttpHeaders.CONTENT_TYPE, contentType);
                        }
                        if (idempotencyKey != null) {
                            h.set("Idempotency-Key", idempotencyKey);
                        }
                    })
                    .body(body)
                    .exchange((request, response) -> {
                        HttpHeaders headers = new HttpHeaders();
                        ANSWER_HEADERS.forEach(name -> {
                            String value = response.getHeaders().getFirst(name);
                            if (value != null) {
                                headers.set(name, value);
                            }
                        });
                        MediaType type = response.getHeaders().getContentType();
                        headers.setContentType(type != null ? type : format.contentType());
                        return ResponseEntity.status(response.getStatusCode()).headers(headers)
                                .body(StreamUtils.copyToByteArray(response.getBody()));
                    }, true);
        }
        catch (RestClientException ex) {
            log.warn("Open311 request not relayed to the ingest service at {}: {}", url, ex.getClass().getSimpleName());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "5");
            return GeoReportResponses.error(format, HttpStatus.SERVICE_UNAVAILABLE, headers,
                    "The intake is not reachable; try again shortly.");
        }
    }
}
