package vn.phananh.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The one vocabulary of RFC 9457 problem types of every Phản Ánh service: each error any service
 * answers has one of these as its {@code type}, {@code https://phananh.vn/problems/<slug>}, with
 * the status it is answered with. Clients (the load generator, the desk page, integrations) may
 * branch on the slug, so a slug never changes meaning; a new error gets a new constant.
 */
public enum ProblemType {

    // Typed by status alone: what the framework, the security firewall or the container refuses.
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Credentials are missing or wrong"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "No acceptable representation"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The body is larger than allowed"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests; retry after the time given"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error"),
    NOT_IMPLEMENTED(HttpStatus.NOT_IMPLEMENTED, "not-implemented", "Not implemented"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Unavailable; retry later"),

    // Raised by the services' own code, each for one reason.
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "malformed-body", "The body is not valid UTF-8 JSON"),
    INVALID_PAYLOAD(HttpStatus.BAD_REQUEST, "invalid-payload", "The body does not have the expected shape"),
    INVALID_HEADER(HttpStatus.BAD_REQUEST, "invalid-header", "A required header is missing or invalid"),
    INVALID_SIGNATURE(HttpStatus.UNAUTHORIZED, "invalid-signature", "The signature does not match the body"),
    VERIFICATION_FAILED(HttpStatus.FORBIDDEN, "verification-failed", "The verify token does not match"),
    UNIT_NOT_ALLOWED(HttpStatus.FORBIDDEN, "unit-not-allowed", "The credentials are not bound to that unit"),
    TOO_MANY_MESSAGES(HttpStatus.CONTENT_TOO_LARGE, "too-many-messages", "The batch holds more messages than allowed"),
    UNKNOWN_ACCOUNT(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-account", "The channel account is not configured for any unit"),
    IDEMPOTENCY_CONFLICT(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-conflict", "The idempotency key was used for a different message"),
    KAFKA_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "The message could not be stored now; retry later"),
    SEARCH_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "The search index is not available; retry later"),
    INVALID_TRACKING_CODE(HttpStatus.BAD_REQUEST, "invalid-tracking-code", "The tracking code is mistyped: wrong shape or check character"),
    UNKNOWN_TRACKING_CODE(HttpStatus.NOT_FOUND, "unknown-tracking-code", "No feedback has this tracking code");

    /** Where every type lives; the slug follows. */
    public static final String BASE = "https://phananh.vn/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** The status this problem is answered with. */
    public HttpStatus status() {
        return status;
    }

    /** The last segment of the type; services also use it as a metric tag. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(BASE + slug);
    }

    /**
     * The type of an error known only by its status (raised by the framework or the container).
     * A status without a type of its own falls into the request's fault (4xx) or ours (5xx).
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 501 -> NOT_IMPLEMENTED;
            case 503 -> UNAVAILABLE;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL_ERROR;
        };
    }
}
