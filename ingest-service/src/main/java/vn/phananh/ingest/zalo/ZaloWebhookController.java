package vn.phananh.ingest.zalo;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.account.ZaloAccount;
import vn.phananh.ingest.http.Headers;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.http.RequestBodies;
import vn.phananh.ingest.publishing.FeedbackPublisher;
import vn.phananh.ingest.publishing.PublishReport;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.web.ProblemType;

/**
 * Zalo OA webhook. The OA named in the event selects the secret that must sign the raw body; an
 * OA no unit owns is refused. Answers 200 only after Kafka acknowledged the event (Zalo wants
 * an answer within 2 s; the publisher's wait is bounded well below that).
 */
@RestController
@RequestMapping("/webhooks/zalo")
class ZaloWebhookController {

    private static final Channel ZALO = Channel.ZALO;

    private final IngestProperties.Limits limits;
    private final AccountDirectory accounts;
    private final FeedbackPublisher publisher;
    private final PayloadJson json;
    private final Clock clock;

    ZaloWebhookController(IngestProperties properties, AccountDirectory accounts, FeedbackPublisher publisher,
            PayloadJson json, Clock clock) {
        this.limits = properties.limits();
        this.accounts = accounts;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublishReport.Summary> receive(HttpServletRequest request) {
        byte[] body = RequestBodies.read(request, limits.webhookBody(), ZALO);
        String signature = Headers.single(request, "X-ZEvent-Signature", ZALO);
        JsonNode root = json.parseObject(body, ZALO);
        String oaId = ZaloPayloadMapper.oaId(root);
        ZaloAccount account = accounts.zaloAccount(oaId).orElseThrow(() -> new IngestException(
                ProblemType.UNKNOWN_ACCOUNT, ZALO, "The Zalo OA is not configured for any unit"));
        if (!ZaloSignatures.verify(account, body, ZaloPayloadMapper.timestamp(root), signature)) {
            throw new IngestException(ProblemType.INVALID_SIGNATURE, ZALO, "X-ZEvent-Signature does not sign this body");
        }
        PublishReport report = publisher.publish(ZALO, List.of(ZaloPayloadMapper.map(root, account, clock.instant())));
        return ResponseEntity.ok(report.summary());
    }
}
