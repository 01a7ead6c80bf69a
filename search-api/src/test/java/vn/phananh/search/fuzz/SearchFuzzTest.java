package vn.phananh.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;
import vn.phananh.testsupport.TopicOffsets;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.web.ProblemType;

/**
 * Base of the search API fuzz tests: the API over the run's real broker and node (the context the
 * other HTTP tests share), feedback of two units indexed once at a place of its own, the callers
 * (staff of each unit, supervisor, admin, anonymous and forged credentials), and the invariants
 * every answer keeps.
 */
abstract class SearchFuzzTest extends ApiTestBase {

    static final String PLACE = "p-fuzz-" + UUID.randomUUID().toString().substring(0, 8);
    /** Words only the feedback of one unit holds: seeing the other unit's word is a leak. */
    static final String MARK_A = "zzdauhieuhungcuong";
    static final String MARK_B = "zzdauhieuthachthang";
    static final List<String> OF_A = List.of(Feedbacks.newId(), Feedbacks.newId(), Feedbacks.newId());
    static final List<String> OF_B = List.of(Feedbacks.newId(), Feedbacks.newId(), Feedbacks.newId());

    /** Callers by name (see {@link #authorization}); the first four hold real tokens of the realm. */
    static final List<String> CALLERS = List.of("staff-a", "staff-b", "supervisor", "admin", "anonymous",
            "basic-password", "garbage-auth", "alg-none", "forged-signature", "unknown-unit", "huge-auth");
    static final List<String> SIGNED_IN = List.of("staff-a", "staff-b", "supervisor", "admin");
    /** A realm user whose unit group names a unit this deployment does not serve. */
    static final String UNKNOWN_UNIT_USER = "staff-xa-chua-cau-hinh";

    private static final Pattern TRACE = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-zA-Z.$]+\\(|Caused by|\\.java:\\d+|java\\.lang\\.|org\\.springframework|"
                    + "tools\\.jackson|com\\.fasterxml|co\\.elastic|org\\.apache\\.|org\\.elasticsearch|vn\\.phananh\\.|"
                    + "root_cause|search_phase_execution|parse_exception");
    private static final Map<String, AtomicInteger> STATISTICS = new ConcurrentSkipListMap<>();
    private static boolean seeded;
    private static TopicOffsets offsets;

    protected RawHttp client;

    @BeforeEach
    void clientAndSeed() {
        client = new RawHttp(port);
        seedOnce();
    }

    private synchronized void seedOnce() {
        if (seeded) {
            return;
        }
        Instant now = Instant.now();
        index(doc(OF_A.get(0), Feedbacks.UNIT_A, "Đường thôn Đông ngập sâu, xe máy không đi được " + MARK_A),
                doc(OF_A.get(1), Feedbacks.UNIT_A, "Cống hỏng (nước tràn) vào nhà: đề nghị xử lý! " + MARK_A),
                Feedbacks.answered(at(Feedbacks.feedback(OF_A.get(2), Feedbacks.UNIT_A, "Đèn đường tắt * ? ~ " + MARK_A), PLACE),
                        now.minus(Duration.ofMinutes(5)), "Xã đã thay bóng đèn " + MARK_A).build(),
                doc(OF_B.get(0), Feedbacks.UNIT_B, "Đường Thạch Thang ngập sâu, xe máy không đi được " + MARK_B),
                doc(OF_B.get(1), Feedbacks.UNIT_B, "unitCode:* rác thải chưa thu gom " + MARK_B),
                Feedbacks.answered(at(Feedbacks.feedback(OF_B.get(2), Feedbacks.UNIT_B, "Cống hỏng " + MARK_B), PLACE),
                        now.minus(Duration.ofMinutes(5)), "Phường đã khơi thông " + MARK_B).build());
        seeded = true;
    }

    private static EnrichedFeedback doc(String id, String unit, String text) {
        return at(Feedbacks.feedback(id, unit, text), PLACE).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The caller's Authorization header, or null for none; real tokens come from the realm (cached). */
    static String authorization(String caller) {
        return switch (caller) {
            case "staff-a" -> bearer(STAFF_A);
            case "staff-b" -> bearer(STAFF_B);
            case "supervisor" -> bearer(SUPERVISOR);
            case "admin" -> bearer(ADMIN);
            // The old way in: the API no longer takes passwords at all.
            case "basic-password" -> basic(STAFF_A, keycloak.settings().devPassword());
            case "garbage-auth" -> "Bearer !!!not-a-jwt";
            case "alg-none" -> "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhZG1pbiJdLCJhdWQiOiJwaGFuYW5oLWFwaSJ9.";
            case "forged-signature" -> forged();
            case "unknown-unit" -> "Bearer " + unknownUnitToken();
            case "huge-auth" -> "Bearer " + "QUFB".repeat(1_500);
            default -> null;
        };
    }

    private static String bearer(String user) {
        return "Bearer " + keycloak.accessToken(user);
    }

    /** The admin's claims under the signature of a staff token: the realm's key did not sign this. */
    private static String forged() {
        String[] admin = keycloak.accessToken(ADMIN).split("\\.");
        String[] staff = keycloak.accessToken(STAFF_A).split("\\.");
        return "Bearer " + admin[0] + "." + admin[1] + "." + staff[2];
    }

    private static synchronized String unknownUnitToken() {
        keycloak.admin().ensureUnitGroup("xa-chua-cau-hinh");
        keycloak.admin().ensureUser(UNKNOWN_UNIT_USER, "mat-khau-thu-nghiem", false, "staff",
                List.of("/units/xa-chua-cau-hinh"));
        return keycloak.accessToken(UNKNOWN_UNIT_USER, "mat-khau-thu-nghiem");
    }

    static synchronized TopicOffsets offsets() {
        if (offsets == null) {
            offsets = new TopicOffsets(stack.bootstrap());
        }
        return offsets;
    }

    @AfterAll
    static synchronized void closeOffsets() {
        if (offsets != null) {
            offsets.close();
            offsets = null;
        }
        StringBuilder out = new StringBuilder("Fuzz tries by kind:\n");
        STATISTICS.forEach((kind, count) -> out.append(String.format("%6d  %s%n", count.get(), kind)));
        System.out.println(out);
        STATISTICS.clear();
    }

    /** A GET (or other method) as the named caller. */
    static Attempt request(String label, String method, String caller, String target, byte[] body, String... headers) {
        List<Attempt.Header> list = new java.util.ArrayList<>(Attempt.headers(headers));
        String authorization = authorization(caller);
        if (authorization != null) {
            list.add(new Attempt.Header("Authorization", authorization));
        }
        return new Attempt(label, method, target, list, body);
    }

    protected RawHttp.Reply send(Attempt attempt) {
        STATISTICS.computeIfAbsent(attempt.kind(), k -> new AtomicInteger()).incrementAndGet();
        return client.send(attempt);
    }

    /** No 5xx (Elasticsearch and Kafka are up), no trace, and an RFC 9457 problem on every 4xx. */
    static void assertWellFormed(Attempt attempt, RawHttp.Reply reply) {
        assertNoServerErrorNorTrace(attempt, reply);
        String description = describe(attempt, reply);
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(description).startsWith("application/problem+json");
            JsonNode problem = json.readTree(reply.body());
            // One vocabulary for every service: a type outside it is a typo or a forgotten mapping.
            assertThat(java.util.Arrays.stream(ProblemType.values()).map(t -> t.type().toString()))
                    .as(description).contains(problem.path("type").asString());
            assertThat(problem.path("status").asInt()).as(description).isEqualTo(reply.status());
        }
    }

    static void assertNoServerErrorNorTrace(Attempt attempt, RawHttp.Reply reply) {
        String description = describe(attempt, reply);
        assertThat(reply.status()).as(description).isLessThan(500);
        assertThat(TRACE.matcher(reply.text()).find()).as("stack trace or internal name in " + description).isFalse();
    }

    /** What a 2xx answer to this caller may never hold: the other unit's feedback, or contacts it may not see. */
    static void assertNothingForeign(String caller, Attempt attempt, RawHttp.Reply reply) {
        if (reply.status() >= 300) {
            return;
        }
        String body = reply.text();
        String description = describe(attempt, reply);
        switch (caller) {
            case "staff-a" -> assertThat(body).as(description).doesNotContain(MARK_B, Feedbacks.UNIT_B)
                    .doesNotContain(OF_B);
            case "staff-b" -> assertThat(body).as(description).doesNotContain(MARK_A, Feedbacks.UNIT_A)
                    .doesNotContain(OF_A);
            default -> assertThat(body).as(description).doesNotContain(Feedbacks.CONTACT);
        }
    }

    static String describe(Attempt attempt, RawHttp.Reply reply) {
        String target = attempt.target().length() > 500 ? attempt.target().substring(0, 500) + "…" : attempt.target();
        return attempt.label() + "\n  " + attempt.method() + " " + Attempt.printable(target) + "\n  headers: "
                + attempt.headersPreview() + "\n  body: " + attempt.bodyPreview() + "\n  answer: "
                + Attempt.printable(reply.toString());
    }
}
