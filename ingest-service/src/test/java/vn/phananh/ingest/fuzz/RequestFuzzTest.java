package vn.phananh.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Path, query, method and HTTP-level tricks around valid bodies sent without credentials: none
 * may route around a signature, key or login check, none may end in a 5xx or a stack trace, and
 * nothing is stored.
 */
class RequestFuzzTest extends IngestFuzzTest {

    static Stream<Attempt> twistedTargets() {
        return Tries.of("targets", 150, seed -> TargetAttempts.twisted(new Hostile(seed)));
    }

    static Stream<Attempt> handshakes() {
        return Tries.of("handshake", 80, seed -> TargetAttempts.handshake(new Hostile(seed)));
    }

    static Stream<Attempt> bentRequests() {
        return Tries.of("http", 60, seed -> TargetAttempts.bentHttp(new Hostile(seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twistedTargets")
    void noPathOrMethodTrickReachesKafkaWithoutCredentials(Attempt attempt) {
        refusedWithoutStoring(attempt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bentRequests")
    void noHttpLevelTrickReachesKafkaWithoutCredentials(Attempt attempt) {
        refusedWithoutStoring(attempt);
    }

    static Stream<Attempt> unknownCodings() {
        return Tries.of("coding", 20, seed -> TargetAttempts.unknownCoding(new Hostile(seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownCodings")
    void unknownTransferCodingIsRefusedAndStoresNothing(Attempt attempt) {
        tried(attempt);
        var before = offsets().now();
        RawHttp.Reply reply = client.send(attempt);
        assertThat(reply.status()).as(describe(attempt, reply)).isIn(400, 501);
        assertProblemWithoutTrace(attempt, reply);
        assertThat(offsets().now()).as(describe(attempt, reply)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void handshakeEchoesOnlyAWellFormedChallenge(Attempt attempt) {
        tried(attempt);
        RawHttp.Reply reply = client.send(attempt);
        assertWellFormed(attempt, reply);
        if (reply.status() == 200) {
            assertThat(reply.text()).as(describe(attempt, reply)).matches("[0-9A-Za-z_-]{1,128}");
            assertThat(attempt.target()).as("challenge echoed without the right token")
                    .containsPattern("[?&]hub\\.verify_token=meatyhamhock(&|$)").containsPattern("[?&]hub\\.mode=subscribe(&|$)");
        }
    }
}
