package vn.phananh.search.open311;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.phananh.open311.Discovery;
import vn.phananh.open311.Element;
import vn.phananh.open311.GeoReportFormat;
import vn.phananh.open311.GeoReportResponses;
import vn.phananh.open311.ServiceRequests;
import vn.phananh.open311.Services;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.search.tracking.LookupLimiter;
import vn.phananh.units.UnitRegistry;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}, no sign-in: discovery, the service list (the 14
 * topics), service definitions, requests (the public view, or any feedback by its tracking code)
 * and tokens; {@code POST requests} is relayed to the ingest service. {@code jurisdiction_id} is a
 * unit code. Lookups by tracking code and request lists take from the tracking lookups' per-client
 * budget. Every error is the specification's error list in the format of the path.
 */
@RestController
@RequestMapping("/open311")
@SecurityRequirements // no sign-in: the OpenAPI description says so, over the global bearer requirement
class Open311Controller {

    private static final String BASE = "/open311/v2";
    private static final int MAX_IDS = 100;
    private static final Pattern FEEDBACK_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_POST_BYTES = 64 * 1024;

    private final Open311Properties properties;
    private final Open311Requests requests;
    private final Open311Intake intake;
    private final LookupLimiter limiter;
    private final UnitRegistry units;
    private final Clock clock;

    Open311Controller(Open311Properties properties, Open311Requests requests, Open311Intake intake, LookupLimiter limiter,
            UnitRegistry units, Clock clock) {
        this.properties = properties;
        this.requests = requests;
        this.intake = intake;
        this.limiter = limiter;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping({ "/discovery.{extension}", "/v2/discovery.{extension}" })
    ResponseEntity<byte[]> discovery(@PathVariable String extension, HttpServletRequest request) {
        return withFormat(extension, format -> GeoReportResponses.single(format, new Discovery(properties.changeset(),
                properties.contact(), properties.keyService(),
                List.of(new Discovery.Endpoint(baseUrl(), properties.changeset(), "production"))).element()));
    }

    @GetMapping("/v2/services.{extension}")
    ResponseEntity<byte[]> services(@PathVariable String extension,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        return withFormat(extension, format -> unknownUnit(jurisdiction) ? jurisdictionNotFound(format)
                : GeoReportResponses.list(format, HttpStatus.OK, "services",
                        Services.all().stream().map(Services.Service::element).toList()));
    }

    @GetMapping("/v2/services/{code}.{extension}")
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String extension,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        return withFormat(extension, format -> unknownUnit(jurisdiction) ? jurisdictionNotFound(format)
                : Services.find(code).map(s -> GeoReportResponses.single(format, s.definition()))
                        .orElseGet(() -> GeoReportResponses.error(format, HttpStatus.NOT_FOUND, "service_code was not found")));
    }

    @GetMapping("/v2/requests.{extension}")
    ResponseEntity<byte[]> list(@PathVariable String extension, HttpServletRequest request,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate) throws IOException {
        GeoReportFormat format = GeoReportFormat.of(extension).orElse(null);
        if (format == null) {
            return unknownFormat(extension);
        }
        if (unknownUnit(jurisdiction)) {
            return jurisdictionNotFound(format);
        }
        String unit = blankToNull(jurisdiction);
        // service_request_id "overrides all other arguments".
        List<String> wanted = Open311Query.list(ids);
        if (!wanted.isEmpty()) {
            if (wanted.size() > MAX_IDS) {
                return GeoReportResponses.error(format, HttpStatus.BAD_REQUEST, "At most " + MAX_IDS + " service_request_id");
            }
            var tooMany = limited(format, request, lookupsOf(wanted));
            return tooMany.isPresent() ? tooMany.get() : answer(format, lookUp(wanted, unit));
        }
        switch (Open311Query.of(serviceCode, status, startDate, endDate, clock.instant())) {
            case Open311Query.Result.Invalid invalid -> {
                return GeoReportResponses.error(format, HttpStatus.BAD_REQUEST, invalid.description());
            }
            case Open311Query.Result.Valid valid -> {
                var tooMany = limited(format, request, 1);
                return tooMany.isPresent() ? tooMany.get() : answer(format, requests.list(valid.query(), unit));
            }
        }
    }

    @GetMapping("/v2/requests/{id}.{extension}")
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String extension, HttpServletRequest request,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) throws IOException {
        GeoReportFormat format = GeoReportFormat.of(extension).orElse(null);
        if (format == null) {
            return unknownFormat(extension);
        }
        if (unknownUnit(jurisdiction)) {
            return jurisdictionNotFound(format);
        }
        var tooMany = limited(format, request, lookupsOf(List.of(id)));
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        List<ServiceRequests.ServiceRequest> found = lookUp(List.of(id), blankToNull(jurisdiction));
        return found.isEmpty() ? GeoReportResponses.error(format, HttpStatus.NOT_FOUND, "service_request_id was not found")
                : answer(format, found);
    }

    /** Every service is realtime, so no token is ever given out: each is unknown. */
    @GetMapping("/v2/tokens/{token}.{extension}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String extension,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        return withFormat(extension, format -> unknownUnit(jurisdiction) ? jurisdictionNotFound(format)
                : GeoReportResponses.error(format, HttpStatus.NOT_FOUND,
                        "token was not found: every service is realtime and answers with the service_request_id"));
    }

    @PostMapping("/v2/requests.{extension}")
    ResponseEntity<byte[]> create(@PathVariable String extension, HttpServletRequest request) throws IOException {
        GeoReportFormat format = GeoReportFormat.of(extension).orElse(null);
        if (format == null) {
            return unknownFormat(extension);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_POST_BYTES + 1);
        }
        if (body.length > MAX_POST_BYTES) {
            return GeoReportResponses.error(format, HttpStatus.CONTENT_TOO_LARGE, "The form is larger than 64 KB");
        }
        return intake.relay(format, request.getContentType(), request.getHeader("Idempotency-Key"), body);
    }

    /** Any other path or method under /open311. */
    @RequestMapping("/**")
    ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return GeoReportResponses.error(GeoReportFormat.ofPath(request.getRequestURI()), HttpStatus.NOT_FOUND,
                "Not found: " + BASE + "/discovery.xml lists the resources");
    }

    /**
     * Tracking codes find any feedback; feedback ids find public feedback only; anything else
     * (a mistyped code included) finds nothing.
     */
    private List<ServiceRequests.ServiceRequest> lookUp(List<String> ids, String unit) throws IOException {
        List<String> codes = new ArrayList<>();
        List<String> feedbackIds = new ArrayList<>();
        for (String id : ids) {
            if (TrackingCodes.parse(id) instanceof TrackingCodes.Parsed.Valid valid) {
                codes.add(valid.code());
            }
            else if (FEEDBACK_ID.matcher(id).matches()) {
                feedbackIds.add(id);
            }
        }
        List<ServiceRequests.ServiceRequest> found = new ArrayList<>(requests.byTrackingCodes(codes, unit));
        found.addAll(requests.publicByIds(feedbackIds, unit));
        return found;
    }

    /** Each id takes one lookup from the client's budget, as a code does on the tracking page. */
    private static int lookupsOf(List<String> ids) {
        return Math.max(1, ids.size());
    }

    /** 429 when the client has spent its lookups ({@code phananh.search.tracking.*}). */
    private java.util.Optional<ResponseEntity<byte[]>> limited(GeoReportFormat format, HttpServletRequest request, int lookups) {
        String client = limiter.clientOf(request);
        for (int i = 0; i < lookups; i++) {
            Duration wait = limiter.tryTake(client);
            if (!wait.isZero()) {
                HttpHeaders headers = new HttpHeaders();
                headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
                return java.util.Optional.of(GeoReportResponses.error(format, HttpStatus.TOO_MANY_REQUESTS, headers,
                        "Too many lookups; try again after Retry-After seconds"));
            }
        }
        return java.util.Optional.empty();
    }

    private static ResponseEntity<byte[]> answer(GeoReportFormat format, List<ServiceRequests.ServiceRequest> found) {
        List<Element> elements = found.stream().map(ServiceRequests.ServiceRequest::element).toList();
        return GeoReportResponses.list(format, HttpStatus.OK, ServiceRequests.ROOT, elements);
    }

    private String baseUrl() {
        String configured = properties.publicUrl();
        return configured.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString()
                : configured.replaceAll("/+$", "");
    }

    private boolean unknownUnit(String jurisdiction) {
        return jurisdiction != null && !jurisdiction.isBlank() && !units.current().knows(jurisdiction);
    }

    private static ResponseEntity<byte[]> jurisdictionNotFound(GeoReportFormat format) {
        return GeoReportResponses.error(format, HttpStatus.NOT_FOUND, "jurisdiction_id was not found");
    }

    private static ResponseEntity<byte[]> unknownFormat(String extension) {
        return GeoReportResponses.error(GeoReportFormat.XML, HttpStatus.NOT_FOUND, "Unknown format: use .xml or .json");
    }

    private static ResponseEntity<byte[]> withFormat(String extension,
            java.util.function.Function<GeoReportFormat, ResponseEntity<byte[]>> answer) {
        return GeoReportFormat.of(extension).map(answer).orElseGet(() -> unknownFormat(extension));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
