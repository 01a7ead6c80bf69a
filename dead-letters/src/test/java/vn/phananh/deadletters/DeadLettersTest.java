package vn.phananh.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.testsupport.RealServices;

/**
 * {@code ./pipeline dlq} on the poison drill's dead letters, against a real broker: list them by
 * stage and reason, show one without the citizen's words unless asked, replay a selection to its
 * source topics exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadLettersTest {

    private final String bootstrap = RealServices.kafka().bootstrapServers();
    private final PoisonDrillDeadLetters drill = new PoisonDrillDeadLetters(bootstrap, UUID.randomUUID().toString().substring(0, 8));
    private List<PoisonDrillDeadLetters.Poisoned> poisoned;

    @BeforeAll
    void writeThePoisonDrillsDeadLetters() throws Exception {
        poisoned = drill.write();
    }

    @Test
    @Order(1)
    void listsThemByStageAndReasonWithTheirAge() {
        Result list = dlq("list");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("10 dead letters in", "0 replayed")
                .contains(drill.raw + " | decode | undecodable", drill.raw + " | validate | key does not equal feedbackId",
                        drill.status + " | status | status change for an unknown feedback",
                        drill.enriched + " | search-api.index | 400 document_parsing_exception", "null | ? | (no reason)");
        assertThat(list.out()).as("the quoted field value of Elasticsearch's reason")
                .doesNotContain("0912 675 340", "ngập sâu");

        Result records = dlq("list", "--records", "--source", drill.raw);
        assertThat(records.out()).contains("5 dead letters in 3 groups")
                .contains(poisoned.get(0).deadLetter() + "  ", "from " + drill.raw + "-");
    }

    @Test
    @Order(2)
    void showsOneDecodedWithItsPersonalDataMaskedUnlessAskedFor() {
        String underAnotherKey = poisoned.get(4).deadLetter();

        Result shown = dlq("show", underAnotherKey);

        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("stage      validate", "reason     key does not equal feedbackId",
                "a RawFeedback as feedback.raw.v1 holds", "\"unitCode\" : \"xa-hung-cuong\"", "Đường thôn Đông Tiến ngập sâu",
                "(hidden; --unmasked shows it)", "personal data masked");
        assertThat(shown.out()).doesNotContain("0912 675 340", PoisonDrillDeadLetters.AUTHOR, "hoa@example.vn");
        assertThat(dlq("show", underAnotherKey, "--unmasked").out()).contains("0912 675 340", PoisonDrillDeadLetters.AUTHOR);

        Result cutShort = dlq("show", poisoned.get(2).deadLetter());
        assertThat(cutShort.out()).contains("no schema of the pipeline reads", "Avro single-object marker",
                "--unmasked shows them as text").doesNotContain("ngập");
        assertThat(dlq("show", poisoned.get(8).deadLetter()).out()).contains("(quote cut)").doesNotContain("0912");
    }

    @Test
    @Order(3)
    void replaysASelectionToItsSourceTopicsOnceEvenWhenAskedTwice() throws Exception {
        Map<TopicPartition, Long> before = endOffsets(drill.raw, drill.status, drill.enriched);

        Result first = dlq("replay", "--stage", "decode");
        Result second = dlq("replay", "--stage", "decode");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Replayed 4 of 4 selected dead letters; 0 skipped.");
        assertThat(second.out()).contains("Replayed 0 of 4 selected dead letters; 4 skipped.", "already replayed to");
        assertThat(grown(before, endOffsets(drill.raw, drill.status, drill.enriched))).isEqualTo(4);
        List<DeadLetter> replays = new ArrayList<>();
        for (String topic : List.of(drill.raw, drill.status)) {
            DeadLetterTopic.read(bootstrap, topic).stream().filter(r -> r.replayOf() != null).forEach(replays::add);
        }
        assertThat(replays).extracting(DeadLetter::replayOf).containsExactlyInAnyOrderElementsOf(poisoned.stream()
                .filter(p -> "decode".equals(p.stage())).map(PoisonDrillDeadLetters.Poisoned::deadLetter).toList());
        assertThat(replays).allSatisfy(r -> assertThat(poisoned).anySatisfy(p -> {
            assertThat(r.key()).isEqualTo(p.key());
            assertThat(r.value()).isEqualTo(p.value());
        }));
        assertThat(dlq("list").out()).contains("4 replayed");
    }

    @Test
    @Order(4)
    void replaysEverythingLeftButWhatHasNoSourceAndTellsAFailedReplayFromAFirstFailure() throws Exception {
        Map<TopicPartition, Long> before = endOffsets(drill.raw, drill.status, drill.enriched);

        Result dry = dlq("replay", "--all", "--dry-run");
        assertThat(dry.out()).contains("Would replay 5 of 10 selected dead letters; 5 skipped.",
                "its headers name no source topic");
        assertThat(grown(before, endOffsets(drill.raw, drill.status, drill.enriched))).as("a dry run writes nothing").isZero();

        Result all = dlq("replay", "--all");
        assertThat(all.out()).contains("Replayed 5 of 10 selected dead letters; 5 skipped.");
        assertThat(grown(before, endOffsets(drill.raw, drill.status, drill.enriched))).isEqualTo(5);

        String again = drill.failedAgain(poisoned.get(0), poisoned.get(0).deadLetter());
        assertThat(dlq("list", "--records", "--offset", again).out()).contains("failed again: replay of "
                + poisoned.get(0).deadLetter());
        Result once = dlq("replay", "--offset", again);
        assertThat(once.out()).contains("Replayed 1 of 1");
        assertThat(dlq("replay", "--offset", poisoned.get(0).deadLetter(), "--again").out()).contains("Replayed 1 of 1");
    }

    @Test
    @Order(5)
    void refusesAReplayWithoutASelectionAndAWrongCommandLine() {
        assertThat(dlq("replay").code()).isEqualTo(2);
        assertThat(dlq("replay").out()).contains("Say which dead letters to replay");
        assertThat(dlq("show").code()).isEqualTo(2);
        assertThat(dlq("list", "--older-than", "soon").err()).contains("Not an age");
        assertThat(dlq("show", "999999").out()).contains("No dead letter at feedback.dlq.v1-0@999999");
    }

    private Result dlq(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", bootstrap, "--topic", drill.dlq, "--ledger", drill.ledger));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }

    private Map<TopicPartition, Long> endOffsets(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (String topic : topics) {
                for (int p = 0; p < 3; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, Long> ends = new java.util.HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        }
    }

    /** How many records were added, not counting transaction markers (one per replay's commit). */
    private static long grown(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        return after.entrySet().stream().mapToLong(e -> e.getValue() - before.get(e.getKey())).sum() / 2;
    }
}
