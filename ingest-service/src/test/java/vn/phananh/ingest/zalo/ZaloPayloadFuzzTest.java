package vn.phananh.ingest.zalo;

import java.time.Instant;

import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.ZaloAccount;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.schema.Topics;

/**
 * Coverage-guided fuzzing (Jazzer) of the Zalo path the webhook takes before and after the
 * signature check: read the OA id and timestamp, map the event, encode the record. Every input
 * either gets through or is refused with an {@link IngestException}; anything else is a finding.
 * Seeds replay in every build; {@code JAZZER_FUZZ=1} explores.
 */
class ZaloPayloadFuzzTest {

    private static final PayloadJson JSON = new PayloadJson(1 << 20);
    private static final ZaloAccount ACCOUNT = new ZaloAccount("4024926008133882615", "1234567890123456789",
            "test_oa_secret_not_real", "xa-hung-cuong");

    @FuzzTest(maxDuration = "60s")
    void eventsMapAndEncodeOrAreRefused(byte[] body) {
        try {
            JsonNode root = JSON.parseObject(body, Channel.ZALO);
            ZaloPayloadMapper.oaId(root);
            ZaloPayloadMapper.timestamp(root);
            Intake intake = ZaloPayloadMapper.map(root, ACCOUNT, Instant.parse("2026-11-27T03:00:00Z"));
            if (intake instanceof Intake.Feedback f) {
                Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, f.value());
            }
            else if (intake instanceof Intake.Event e) {
                Topics.CHANNEL_EVENTS.valueSerde().serializer().serialize(Topics.CHANNEL_EVENTS_NAME, e.value());
            }
        }
        catch (IngestException refused) {
            // A 4xx problem for the sender: the expected way to fail.
        }
    }
}
