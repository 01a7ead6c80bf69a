package vn.phananh.ingest.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.account.ApiClient;
import vn.phananh.ingest.http.Headers;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.http.RequestBodies;
import vn.phananh.ingest.publishing.FeedbackPublisher;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.ItemOutcome;
import vn.phananh.ingest.publishing.PublishReport;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * The integration API: one message or a batch, authenticated by API key. In a batch each
 * message is accepted or rejected on its own; the answer comes once Kafka holds every accepted one.
 */
@RestController
@RequestMapping(path = "/api/v1/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class IntegrationApiController {

    private static final Channel API = Channel.API;
    private static final String KEY_HEADER = "X-Api-Key";

    private final IngestProperties properties;
    private final ApiKeys keys;
    private final ApiMessages messages;
    private final FeedbackPublisher publisher;
    private final PayloadJson json;
    private final Clock clock;

    IntegrationApiController(IngestProperties properties, AccountDirectory accounts, FeedbackPublisher publisher,
            PayloadJson json, Validator validator, Clock clock) {
        this.properties = properties;
        this.keys = new ApiKeys(accounts);
        this.messages = new ApiMessages(json, validator);
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<?> submit(HttpServletRequest request) {
        ApiClient client = keys.authenticate(Headers.single(request, KEY_HEADER, API));
        JsonNode root = json.parseObject(RequestBodies.read(request, properties.limits().apiBody(), API), API);
        Intake intake = messages.intake(root, client, clock.instant());
        ItemOutcome outcome = publisher.publish(API, List.of(intake)).outcomes().getFirst();
        ItemResult result = ItemResult.of(0, ApiMessages.messageIdOf(root), outcome);
        if (outcome.status() != ItemOutcome.Status.REJECTED) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(result);
        }
        ProblemType problem = switch (outcome.reason()) {
            case ApiMessages.UNIT_NOT_ALLOWED -> ProblemType.UNIT_NOT_ALLOWED;
            case "idempotency-conflict" -> ProblemType.IDEMPOTENCY_CONFLICT;
            default -> ProblemType.INVALID_PAYLOAD;
        };
        return Problems.response(problem, outcome.detail(), Map.of("reason", outcome.reason()));
    }

    @PostMapping("/batch")
    ResponseEntity<BatchResponse> submitBatch(HttpServletRequest request) {
        ApiClient client = keys.authenticate(Headers.single(request, KEY_HEADER, API));
        JsonNode root = json.parseObject(RequestBodies.read(request, properties.limits().apiBody(), API), API);
        if (!(root.get("messages") instanceof JsonNode list) || !list.isArray()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, API, "Field messages must be an array");
        }
        List<JsonNode> nodes = JsonFields.array(root, "messages", API);
        int max = properties.api().maxBatchMessages();
        if (nodes.size() > max) {
            throw new IngestException(ProblemType.TOO_MANY_MESSAGES, API, "A batch holds at most " + max + " messages");
        }
        Instant receivedAt = clock.instant();
        List<Intake> intakes = nodes.stream().map(node -> messages.intake(node, client, receivedAt)).toList();
        PublishReport report = publisher.publish(API, intakes);
        List<ItemResult> results = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            results.add(ItemResult.of(i, ApiMessages.messageIdOf(nodes.get(i)), report.outcomes().get(i)));
        }
        return ResponseEntity.ok(BatchResponse.of(results));
    }
}
