package vn.phananh.ingest.desk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.account.DeskAccount;
import vn.phananh.ingest.http.Headers;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.http.RequestBodies;
import vn.phananh.ingest.publishing.FeedbackPublisher;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.ItemOutcome;
import vn.phananh.ingest.publishing.RawFeedbacks;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * The one-stop desk: a desk device or a clerk records what a visitor said, with a bearer token of
 * the realm (see {@link DeskOfToken} for which desk). The {@code Idempotency-Key} header makes the
 * feedback id, so a double submit stores one message and answers with the same id.
 */
@RestController
@RequestMapping("/desk/v1/feedback")
class DeskController {

    private static final Channel DESK = Channel.DESK;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final IngestProperties.Limits limits;
    private final DeskOfToken desks;
    private final FeedbackPublisher publisher;
    private final PayloadJson json;
    private final Validator validator;
    private final Clock clock;

    DeskController(IngestProperties properties, AccountDirectory accounts, FeedbackPublisher publisher, PayloadJson json,
            Validator validator, Clock clock) {
        this.limits = properties.limits();
        this.desks = new DeskOfToken(accounts, properties.identity());
        this.publisher = publisher;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> record(HttpServletRequest request, JwtAuthenticationToken staff) {
        String key = Headers.single(request, "Idempotency-Key", DESK);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IngestException(ProblemType.INVALID_HEADER, DESK,
                    "Idempotency-Key is required: 1 to 128 visible ASCII characters");
        }
        DeskSubmission submission = json.read(RequestBodies.read(request, limits.deskBody(), DESK), DeskSubmission.class, DESK);
        check(submission);
        DeskAccount desk = desks.resolve(staff.getToken(), submission.unit());
        ItemOutcome outcome = publisher.publish(DESK, List.of(new Intake.Feedback(feedback(desk, key, staff.getName(),
                submission), true))).outcomes().getFirst();
        return switch (outcome.status()) {
            case ACCEPTED -> ResponseEntity.status(HttpStatus.CREATED).body(new DeskReceipt(outcome.id(), outcome.trackingCode(), outcome.status()));
            case DUPLICATE -> ResponseEntity.status(HttpStatus.CREATED).header("Idempotent-Replayed", "true")
                    .body(new DeskReceipt(outcome.id(), outcome.trackingCode(), outcome.status()));
            default -> Problems.response("idempotency-conflict".equals(outcome.reason()) ? ProblemType.IDEMPOTENCY_CONFLICT
                    : ProblemType.INVALID_PAYLOAD, outcome.detail(), Map.of("reason", outcome.reason()));
        };
    }

    private RawFeedback feedback(DeskAccount desk, String key, String staff, DeskSubmission submission) {
        DeskSubmission.Citizen citizen = submission.citizen() != null ? submission.citizen()
                : new DeskSubmission.Citizen(null, null);
        boolean anonymous = citizen.name() == null || citizen.name().isBlank();
        return RawFeedbacks.builder(DESK, desk.id(), desk.unitCode(), key, clock.instant())
                .setAuthor(RawFeedbacks.author(null, anonymous ? null : citizen.name(), citizen.contact(), anonymous))
                .setText(submission.text())
                .setOccurredAt(submission.occurredAt())
                .setRecordedBy(staff)
                .setSourceEvent("desk")
                .build();
    }

    private void check(DeskSubmission submission) {
        Set<ConstraintViolation<DeskSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, DESK, violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        if (!RawFeedbacks.storable(submission.occurredAt())) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, DESK, "occurredAt: out of range");
        }
    }
}
