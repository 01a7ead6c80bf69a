package vn.phananh.ingest.api;

import java.time.Instant;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.ApiClient;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.schema.Topics;

/**
 * Coverage-guided fuzzing (Jazzer) of one integration-API message from body bytes to the encoded
 * record: accepted and encodable, rejected with a reason, or refused as a whole with an
 * {@link IngestException}. Anything else thrown is a finding. Seeds replay in every build;
 * {@code JAZZER_FUZZ=1} explores.
 */
class ApiMessageFuzzTest {

    private static final PayloadJson JSON = new PayloadJson(1 << 20);
    private static final ApiMessages MESSAGES = new ApiMessages(JSON,
            Validation.buildDefaultValidatorFactory().getValidator());
    private static final ApiClient CLIENT = new ApiClient("cong-gop-y", Set.of("xa-hung-cuong", "phuong-thach-thang"));

    @FuzzTest(maxDuration = "60s")
    void messagesAreAcceptedRejectedOrRefused(byte[] body) {
        try {
            Intake intake = MESSAGES.intake(JSON.parseObject(body, Channel.API), CLIENT, Instant.parse("2026-11-27T03:00:00Z"));
            if (intake instanceof Intake.Feedback f) {
                Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, f.value());
            }
        }
        catch (IngestException refused) {
            // A 4xx problem for the caller: the expected way to fail.
        }
    }
}
