package vn.phananh.ingest.facebook;

import java.time.Instant;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.http.PayloadJson;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.schema.Topics;

/**
 * Coverage-guided fuzzing (Jazzer) of the Facebook path from raw body bytes to the Avro record
 * that would be produced: every input either maps and encodes, or is refused with an
 * {@link IngestException} (a 4xx problem). Anything else thrown — what would have been a 500 —
 * is a finding. A normal build replays the seeds in {@code FacebookPayloadFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl ingest-service test -Dtest=FacebookPayloadFuzzTest} explores.
 */
class FacebookPayloadFuzzTest {

    private static final PayloadJson JSON = new PayloadJson(1 << 20);
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    private final FacebookPayloadMapper mapper = new FacebookPayloadMapper(
            id -> "104729385610293".equals(id) ? Optional.of("xa-hung-cuong") : Optional.empty());

    @FuzzTest(maxDuration = "60s")
    void bodiesMapAndEncodeOrAreRefused(byte[] body) {
        try {
            for (Intake intake : mapper.map(JSON.parseObject(body, Channel.FACEBOOK), NOW)) {
                Encoding.encode(intake);
            }
        }
        catch (IngestException refused) {
            // A 4xx problem for the sender: the expected way to fail.
        }
    }

    /** Encodes what the publisher would produce, so encoding failures count as findings too. */
    static final class Encoding {
        static void encode(Intake intake) {
            if (intake instanceof Intake.Feedback f) {
                Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, f.value());
            }
            else if (intake instanceof Intake.Event e) {
                Topics.CHANNEL_EVENTS.valueSerde().serializer().serialize(Topics.CHANNEL_EVENTS_NAME, e.value());
            }
        }
    }
}
