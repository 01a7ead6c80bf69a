package vn.phananh.ingest.facebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.http.Headers;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.http.RequestBodies;
import vn.phananh.ingest.publishing.FeedbackPublisher;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.PublishReport;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * Facebook Page webhook: the subscription handshake and the signed notifications ({@code feed}
 * changes and Messenger messages). Answers 200 only after every accepted item is in Kafka.
 */
@RestController
@RequestMapping("/webhooks/facebook")
class FacebookWebhookController {

    private static final Channel FB = Channel.FACEBOOK;
    private static final Pattern CHALLENGE = Pattern.compile("[0-9A-Za-z_-]{1,128}");

    private final IngestProperties.Limits limits;
    private final byte[] verifyToken;
    private final FacebookSignatures signatures;
    private final FacebookPayloadMapper mapper;
    private final FeedbackPublisher publisher;
    private final PayloadJson json;
    private final Clock clock;

    FacebookWebhookController(IngestProperties properties, AccountDirectory accounts, FeedbackPublisher publisher,
            PayloadJson json, Clock clock) {
        this.limits = properties.limits();
        this.verifyToken = properties.facebook().verifyToken().getBytes(StandardCharsets.UTF_8);
        this.signatures = new FacebookSignatures(properties.facebook().appSecret());
        this.mapper = new FacebookPayloadMapper(accounts::facebookPageUnit);
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean tokenMatches = token != null
                && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches) {
            throw new IngestException(ProblemType.VERIFICATION_FAILED, FB, "The verify token or mode does not match");
        }
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, FB, "hub.challenge is missing or malformed");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(HttpServletRequest request) {
        byte[] body = RequestBodies.read(request, limits.webhookBody(), FB);
        String sha256 = Headers.single(request, "X-Hub-Signature-256", FB);
        String sha1 = Headers.single(request, "X-Hub-Signature", FB);
        if (!signatures.verify(body, sha256, sha1)) {
            throw new IngestException(ProblemType.INVALID_SIGNATURE, FB, "X-Hub-Signature-256 does not sign this body");
        }
        List<Intake> items = mapper.map(json.parseObject(body, FB), clock.instant());
        PublishReport report = publisher.publish(FB, items);
        if (report.anyRejectedFor(FacebookPayloadMapper.UNKNOWN_ACCOUNT)) {
            // Stored items stay stored; the sender's retry re-delivers them under the same ids.
            return Problems.response(ProblemType.UNKNOWN_ACCOUNT, "An entry belongs to a page no unit is configured for",
                    Map.of("summary", report.summary()));
        }
        return ResponseEntity.ok(report.summary());
    }
}
