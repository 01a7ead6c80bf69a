package vn.phananh.ingest.http;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every error this service answers, each with its HTTP status and a stable RFC 9457 {@code type}.
 * The slug doubles as the {@code reason} tag of the rejection metric.
 */
public enum Problem {

    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "malformed-body", "The body is not valid UTF-8 JSON"),
    INVALID_PAYLOAD(HttpStatus.BAD_REQUEST, "invalid-payload", "The body does not have the expected shape"),
    INVALID_HEADER(HttpStatus.BAD_REQUEST, "invalid-header", "A required header is missing or invalid"),
    INVALID_SIGNATURE(HttpStatus.UNAUTHORIZED, "invalid-signature", "The signature does not match the body"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Credentials are missing or wrong"),
    VERIFICATION_FAILED(HttpStatus.FORBIDDEN, "verification-failed", "The verify token does not match"),
    UNIT_NOT_ALLOWED(HttpStatus.FORBIDDEN, "unit-not-allowed", "The credentials are not bound to that unit"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The body is larger than allowed"),
    TOO_MANY_MESSAGES(HttpStatus.CONTENT_TOO_LARGE, "too-many-messages", "The batch holds more messages than allowed"),
    UNKNOWN_ACCOUNT(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-account", "The channel account is not configured for any unit"),
    IDEMPOTENCY_CONFLICT(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-conflict", "The idempotency key was used for a different message"),
    KAFKA_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "The message could not be stored now; retry later"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error");

    private static final String BASE = "https://phananh.vn/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    Problem(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(BASE + slug);
    }

    /** The stable type of an error raised by the framework (404, 405, 415, ...), by status. */
    public static URI typeOf(int status) {
        return URI.create(BASE + switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> "http-" + status;
        });
    }
}
