package vn.phananh.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.schema.Topics;
import vn.phananh.testsupport.RealServices;
import vn.phananh.testsupport.TopicOffsets;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.web.ProblemType;

/**
 * Base of the fuzz tests: the real service over the run's real broker (the context the other
 * module tests share), a raw HTTP client, and the invariants every answer to hostile input keeps.
 */
abstract class IngestFuzzTest extends IngestServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a stack trace or an internal exception looks like when it leaks into a body. */
    private static final Pattern TRACE = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-zA-Z.$]+\\(|Caused by|\\.java:\\d+|java\\.lang\\.|org\\.springframework|"
                    + "tools\\.jackson|com\\.fasterxml|org\\.apache\\.|jakarta\\.|vn\\.phananh\\.");

    private static TopicOffsets offsets;
    /** How many tries of each kind ran, printed after each class like a property-based tool's statistics. */
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> STATISTICS =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    protected RawHttp client;

    @BeforeEach
    void rawClient() {
        client = new RawHttp(port);
    }

    static synchronized TopicOffsets offsets() {
        if (offsets == null) {
            offsets = new TopicOffsets(RealServices.kafka().bootstrapServers());
        }
        return offsets;
    }

    @AfterAll
    static void printStatistics() {
        StringBuilder out = new StringBuilder("Fuzz tries by kind:\n");
        STATISTICS.forEach((kind, count) -> out.append(String.format("%6d  %s%n", count.get(), kind)));
        System.out.println(out);
        STATISTICS.clear();
    }

    @AfterAll
    static synchronized void closeOffsets() {
        if (offsets != null) {
            offsets.close();
            offsets = null;
        }
    }

    /**
     * Sends the attempt and checks what every hostile request must get: no 5xx (the broker is up,
     * so not even 503), a problem detail on 4xx, no stack trace, and not one record on any topic.
     */
    protected RawHttp.Reply refusedWithoutStoring(Attempt attempt) {
        tried(attempt);
        Map<TopicPartition, Long> before = offsets().now();
        assertThat(before.keySet()).extracting(TopicPartition::topic).as("topics the service writes")
                .contains(Topics.RAW_NAME, Topics.CHANNEL_EVENTS_NAME);

        RawHttp.Reply reply = client.send(attempt);

        assertWellFormed(attempt, reply);
        assertThat(reply.status()).as(describe(attempt, reply)).isBetween(200, 499);
        if (reply.status() < 300) {
            assertNothingAccepted(attempt, reply);
        }
        assertThat(offsets().now()).as("end offsets after " + describe(attempt, reply)).isEqualTo(before);
        return reply;
    }

    /** Counts a try by its kind, for the statistics printed after the class. */
    protected static void tried(Attempt attempt) {
        STATISTICS.computeIfAbsent(attempt.kind(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
    }

    /** Status below 500, problem+json on 4xx, no trace: what any answer of this service must be. */
    protected static void assertWellFormed(Attempt attempt, RawHttp.Reply reply) {
        assertThat(reply.status()).as(describe(attempt, reply)).isLessThan(500);
        assertProblemWithoutTrace(attempt, reply);
    }

    /** No trace or internal name in the body, and a problem detail when the status is an error. */
    protected static void assertProblemWithoutTrace(Attempt attempt, RawHttp.Reply reply) {
        String description = describe(attempt, reply);
        assertThat(TRACE.matcher(reply.text()).find()).as("stack trace or internal name in " + description).isFalse();
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(description).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(reply.body());
            // One vocabulary for every service: a type outside it is a typo or a forgotten mapping.
            assertThat(java.util.Arrays.stream(ProblemType.values()).map(t -> t.type().toString()))
                    .as(description).contains(problem.path("type").asString());
            assertThat(problem.path("status").asInt()).as(description).isEqualTo(reply.status());
        }
    }

    /** A 2xx answer to hostile input may only report that nothing was accepted (skipped or rejected items). */
    private static void assertNothingAccepted(Attempt attempt, RawHttp.Reply reply) {
        JsonNode body = JSON.readTree(reply.body());
        String description = describe(attempt, reply);
        assertThat(body.path("accepted").asInt(0)).as(description).isZero();
        assertThat(body.path("events").asInt(0)).as(description).isZero();
        assertThat(body.path("status").asString("")).as(description).isNotIn("ACCEPTED", "RECORDED");
    }

    static String describe(Attempt attempt, RawHttp.Reply reply) {
        String target = attempt.target().length() > 400 ? attempt.target().substring(0, 400) + "…" : attempt.target();
        return attempt + "\n  target: " + Attempt.printable(target) + "\n  headers: " + attempt.headersPreview() + "\n  body: " + attempt.bodyPreview() + "\n  answer: "
                + Attempt.printable(reply.toString());
    }

    static List<String> statusesOf(RawHttp.Reply reply) {
        return JSON.readTree(reply.body()).path("results").valueStream().map(r -> r.path("status").asString()).toList();
    }

    static JsonNode json(RawHttp.Reply reply) {
        return JSON.readTree(reply.body());
    }
}
