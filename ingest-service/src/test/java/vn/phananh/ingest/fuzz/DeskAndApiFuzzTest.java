package vn.phananh.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Generated hostile submissions to the one-stop desk and the integration API, single and batch:
 * never a 5xx, always a problem detail on 4xx, and nothing on any topic.
 */
class DeskAndApiFuzzTest extends IngestFuzzTest {

    private static boolean conflictIdsStored;

    static Stream<Attempt> deskSubmissions() {
        return Tries.of("desk", 60, seed -> DeskAndApiAttempts.desk(new Hostile(seed)));
    }

    static Stream<Attempt> apiMessages() {
        return Tries.of("api", 200, seed -> DeskAndApiAttempts.api(new Hostile(seed)));
    }

    static Stream<Attempt> apiBatches() {
        return Tries.of("batch", 100, seed -> DeskAndApiAttempts.batch(new Hostile(seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deskSubmissions")
    void deskStoresNothingFromAHostileSubmission(Attempt attempt) {
        refusedWithoutStoring(attempt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiMessages")
    void integrationApiStoresNothingFromAHostileMessage(Attempt attempt) {
        storeConflictIdsOnce();
        refusedWithoutStoring(attempt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiBatches")
    void integrationApiStoresNothingFromAHostileBatch(Attempt attempt) {
        RawHttp.Reply reply = refusedWithoutStoring(attempt);
        if (reply.status() == 200) {
            assertThat(statusesOf(reply)).as(describe(attempt, reply)).isNotEmpty().containsOnly("REJECTED");
        }
    }

    /** The ids that hostile messages reuse for another text, stored once with their first text. */
    private void storeConflictIdsOnce() {
        if (conflictIdsStored) {
            return;
        }
        for (String id : DeskAndApiAttempts.CONFLICT_IDS) {
            var response = http.post(Payloads.API, Json.write(Payloads.api(id, "Tin nhắn gốc " + id)),
                    "Content-Type", "application/json", "X-Api-Key", Payloads.API_KEY);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        }
        conflictIdsStored = true;
    }
}
