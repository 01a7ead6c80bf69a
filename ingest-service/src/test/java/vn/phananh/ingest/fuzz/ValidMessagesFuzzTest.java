package vn.phananh.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.avro.RawFeedback;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Generated valid messages of every entrance are accepted, and each is stored exactly once with
 * its text unchanged, even when the sender delivers it twice.
 */
class ValidMessagesFuzzTest extends IngestFuzzTest {

    static Stream<ValidMessages> validMessages() {
        return Tries.of("valid", 50, seed -> ValidMessages.next(new Hostile(seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMessages")
    void validMessageIsStoredOnceEvenWhenSentTwice(ValidMessages message) {
        tried(message.attempt());
        RawHttp.Reply first = client.send(message.attempt());
        RawHttp.Reply second = client.send(message.attempt());

        assertWellFormed(message.attempt(), first);
        assertWellFormed(message.attempt(), second);
        assertThat(first.status()).as(describe(message.attempt(), first)).isBetween(200, 299);
        assertThat(second.status()).as(describe(message.attempt(), second)).isBetween(200, 299);
        assertThat(json(first).path("rejected").asInt(0)).as(describe(message.attempt(), first)).isZero();
        for (ValidMessages.Expected expected : message.expected()) {
            assertThat(raw().withKey(expected.feedbackId())).as(describe(message.attempt(), first))
                    .singleElement().extracting(RawFeedback::getText).isEqualTo(expected.text());
        }
    }
}
