package vn.phananh.ingest.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Generated hostile deliveries to the Facebook and Zalo webhooks (signature games and replays,
 * malformed and oversized bodies, wrong types, media types, unknown accounts, fields above their
 * limits): never a 5xx, always a problem detail on 4xx, and nothing on any topic.
 */
class WebhookFuzzTest extends IngestFuzzTest {

    static Stream<Attempt> facebookDeliveries() {
        return Tries.of("facebook", 200, seed -> WebhookAttempts.facebook(new Hostile(seed)));
    }

    static Stream<Attempt> zaloDeliveries() {
        return Tries.of("zalo", 200, seed -> WebhookAttempts.zalo(new Hostile(seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facebookDeliveries")
    void facebookStoresNothingFromAHostileDelivery(Attempt attempt) {
        refusedWithoutStoring(attempt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zaloDeliveries")
    void zaloStoresNothingFromAHostileDelivery(Attempt attempt) {
        refusedWithoutStoring(attempt);
    }
}
