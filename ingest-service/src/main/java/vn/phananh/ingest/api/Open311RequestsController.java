package vn.phananh.ingest.api;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.account.ApiClient;
import vn.phananh.ingest.http.Headers;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.http.RequestBodies;
import vn.phananh.ingest.publishing.FeedbackPublisher;
import vn.phananh.ingest.publishing.IngestMetrics;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.ItemOutcome;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.open311.GeoReportFormat;
import vn.phananh.open311.GeoReportResponses;
import vn.phananh.open311.ServiceRequests;
import vn.phananh.web.ProblemType;

/**
 * Open311 GeoReport v2 {@code POST /open311/v2/requests.{json|xml}}: a form with an integration's
 * key as {@code api_key} enters through the integration API's checks and intake (channel API, same
 * ids, same duplicate rules) and is answered 201 with the request's id, its tracking code, once Kafka
 * holds it. Every refusal is the specification's error list, in the format the path asked for.
 */
@RestController
class Open311RequestsController {

    private static final Channel API = Channel.API;
    private static final String BAD_KEY = "Invalid api_key received -- can't proceed with create_request.";

    private final IngestProperties properties;
    private final AccountDirectory accounts;
    private final ApiKeys keys;
    private final ApiMessages messages;
    private final FeedbackPublisher publisher;
    private final IngestMetrics metrics;
    private final Clock clock;

    Open311RequestsController(IngestProperties properties, AccountDirectory accounts, FeedbackPublisher publisher,
            PayloadJson json, Validator validator, IngestMetrics metrics, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.keys = new ApiKeys(accounts);
        this.messages = new ApiMessages(json, validator);
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping("/open311/v2/requests.{extension}")
    ResponseEntity<byte[]> create(@PathVariable String extension, HttpServletRequest request) {
        GeoReportFormat format = GeoReportFormat.of(extension).orElse(null);
        if (format == null) {
            return refuse(GeoReportFormat.XML, HttpStatus.NOT_FOUND, "Unknown format: use requests.xml or requests.json");
        }
        try {
            return create(format, request);
        }
        catch (IngestException ex) {
            return refuse(format, ex);
        }
    }

    /** Every other {@code /open311} path or method here: the search API serves the rest of GeoReport. */
    @RequestMapping("/open311/**")
    ResponseEntity<byte[]> elsewhere(HttpServletRequest request) {
        return refuse(GeoReportFormat.ofPath(request.getRequestURI()), HttpStatus.NOT_FOUND,
                "Not found: this service takes POST requests.xml or requests.json; the discovery document lists the rest");
    }

    private ResponseEntity<byte[]> create(GeoReportFormat format, HttpServletRequest request) {
        if (!isForm(request.getContentType())) {
            return refuse(format, HttpStatus.BAD_REQUEST,
                    "The body must be application/x-www-form-urlencoded; charset=utf-8");
        }
        String idempotencyKey = Headers.single(request, "Idempotency-Key", API);
        if (idempotencyKey != null && !Open311Submission.validKey(idempotencyKey)) {
            return refuse(format, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        Open311Form form = Open311Form.parse(RequestBodies.read(request, properties.limits().deskBody(), API)).orElse(null);
        if (form == null) {
            return refuse(format, HttpStatus.BAD_REQUEST, "The body is not a form in UTF-8 (a broken %-escape or bytes)");
        }
        ApiClient client = authenticate(form.value("api_key"));
        if (client == null) {
            return refuse(format, HttpStatus.FORBIDDEN, BAD_KEY);
        }
        String jurisdiction = form.value("jurisdiction_id");
        if (jurisdiction != null && !accounts.knowsUnit(jurisdiction)) {
            return refuse(format, HttpStatus.NOT_FOUND, "jurisdiction_id was not found");
        }
        return switch (Open311Submission.of(form, idempotencyKey)) {
            case Open311Submission.Refusal refusal -> refuse(format, refusal.status(), refusal.description());
            case Open311Submission.Message message -> publish(format, client, message.message());
        };
    }

    private ResponseEntity<byte[]> publish(GeoReportFormat format, ApiClient client, ApiMessage message) {
        Intake intake = messages.intake(message, client, clock.instant(), "open311");
        ItemOutcome outcome = publisher.publish(API, List.of(intake)).outcomes().getFirst();
        if (outcome.status() == ItemOutcome.Status.REJECTED) {
            return switch (outcome.reason()) {
                case ApiMessages.UNIT_NOT_ALLOWED -> refuse(format, HttpStatus.FORBIDDEN,
                        "The api_key is not valid for this jurisdiction_id");
                case ApiMessages.UNIT_REQUIRED -> refuse(format, HttpStatus.BAD_REQUEST,
                        "jurisdiction_id was not provided: this api_key serves several jurisdictions");
                case "idempotency-conflict" -> refuse(format, HttpStatus.BAD_REQUEST,
                        "Idempotency-Key was already used for a different request");
                default -> refuse(format, HttpStatus.BAD_REQUEST, outcome.detail());
            };
        }
        String code = outcome.trackingCode();
        String notice = "Đã tiếp nhận. Mã tra cứu " + code + " dùng để xem tình trạng và câu trả lời tại trang Tra cứu phản ánh.";
        HttpHeaders headers = new HttpHeaders();
        if (outcome.status() == ItemOutcome.Status.DUPLICATE) {
            headers.set("Idempotent-Replayed", "true");
        }
        ResponseEntity<byte[]> created = GeoReportResponses.list(format, HttpStatus.CREATED, ServiceRequests.ROOT,
                List.of(ServiceRequests.created(code, notice, null)));
        return ResponseEntity.status(created.getStatusCode()).headers(created.getHeaders()).headers(headers)
                .body(created.getBody());
    }

    private ApiClient authenticate(String apiKey) {
        try {
            return keys.authenticate(apiKey);
        }
        catch (IngestException ex) {
            return null;
        }
    }

    private ResponseEntity<byte[]> refuse(GeoReportFormat format, IngestException ex) {
        ProblemType problem = ex.problem();
        HttpStatus status = switch (problem) {
            case KAFKA_UNAVAILABLE, PAYLOAD_TOO_LARGE -> HttpStatus.valueOf(problem.status().value());
            default -> HttpStatus.BAD_REQUEST;
        };
        metrics.rejected(API, problem.slug());
        HttpHeaders headers = problem == ProblemType.KAFKA_UNAVAILABLE
                ? Headers.retryAfter(Math.max(1, properties.publishing().retryAfter().toSeconds())) : new HttpHeaders();
        return GeoReportResponses.error(format, status, headers, ex.getMessage());
    }

    private ResponseEntity<byte[]> refuse(GeoReportFormat format, HttpStatus status, String description) {
        metrics.rejected(API, "open311-" + status.value());
        return GeoReportResponses.error(format, status, description);
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        }
        catch (org.springframework.util.InvalidMimeTypeException ex) {
            return false;
        }
    }
}
