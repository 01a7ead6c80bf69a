package vn.phananh.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.search.Feedbacks;
import vn.phananh.search.TestStack;

@SpringBootTest
@DirtiesContext
class IndexingTest {

    static final TestStack stack = TestStack.create("indexing");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        stack.register(registry);
    }

    @Autowired
    ElasticsearchClient client;

    @Test
    void indexesTheSameRecordTwiceAsOneDocument() throws Exception {
        String id = Feedbacks.newId();
        EnrichedFeedback f = Feedbacks.feedback(id, Feedbacks.UNIT_A, "Đường ngập nước sau mưa").build();
        stack.send(f, f);

        await().atMost(Duration.ofSeconds(60)).until(() -> document(id) != null);
        awaitIndexed(marker());
        assertThat(count(id)).isEqualTo(1);
        assertThat(document(id).revision()).isEqualTo(1);
        assertThat(document(id).author().contact()).isEqualTo(Feedbacks.CONTACT);
    }

    @Test
    void neverLetsAnOlderRevisionOverwriteANewerOne() throws Exception {
        String id = Feedbacks.newId();
        var newer = Feedbacks.feedback(id, Feedbacks.UNIT_A, "Đèn đường hỏng").setRevision(3)
                .setStatus(vn.phananh.avro.Status.ACKNOWLEDGED).build();
        var older = Feedbacks.feedback(id, Feedbacks.UNIT_A, "Đèn đường hỏng").setRevision(2).build();
        stack.send(newer, older);

        awaitIndexed(marker());
        assertThat(document(id).revision()).isEqualTo(3);
        assertThat(document(id).status()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void sendsTheOneBadDocumentOfABulkToDeadLettersAndIndexesTheRest() throws Exception {
        String good1 = Feedbacks.newId();
        String bad = Feedbacks.newId();
        String good2 = Feedbacks.newId();
        // A keyword term over 32766 bytes: Elasticsearch refuses the document for good.
        var immense = Feedbacks.feedback(bad, Feedbacks.UNIT_A, "rác thải").setAssignee("x".repeat(40_000)).build();
        stack.send(Feedbacks.feedback(good1, Feedbacks.UNIT_A, "rác thải").build(), immense,
                Feedbacks.feedback(good2, Feedbacks.UNIT_A, "rác thải").build());

        await().atMost(Duration.ofSeconds(60)).until(() -> document(good1) != null && document(good2) != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(bad) != null);
        ConsumerRecord<String, byte[]> letter = deadLetter(bad);
        assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(stack.enrichedTopic());
        assertThat(header(letter, DeadLetterHeaders.ERROR)).startsWith("400");
        assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("search-api.index");
        assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isNotBlank();
        assertThat(document(bad)).isNull();
        assertThat(stack.readAll(stack.dlqTopic()).stream().filter(r -> bad.equals(r.key()))).hasSize(1);
    }

    @Test
    void sendsAnUndecodableRecordToDeadLetters() {
        String key = Feedbacks.newId();
        stack.sendRaw(key, "not avro".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetter(key) != null);
        assertThat(header(deadLetter(key), DeadLetterHeaders.STAGE)).isEqualTo("search-api.decode");
    }

    /** A record sent after the others: once it is indexed, everything before it was handled. */
    private String marker() {
        String id = Feedbacks.newId();
        stack.send(Feedbacks.feedback(id, Feedbacks.UNIT_A, "marker").build());
        return id;
    }

    private void awaitIndexed(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> document(id) != null);
    }

    private FeedbackDocument document(String id) throws Exception {
        var response = client.get(g -> g.index(stack.feedbackAlias()).id(id), FeedbackDocument.class);
        return response.found() ? response.source() : null;
    }

    private long count(String id) throws Exception {
        client.indices().refresh(r -> r.index(stack.feedbackAlias()));
        return client.count(c -> c.index(stack.feedbackAlias()).query(q -> q.term(t -> t.field("feedbackId")
                .value(id)))).count();
    }

    private ConsumerRecord<String, byte[]> deadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> all = stack.readAll(stack.dlqTopic());
        return all.stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return DeadLetterHeaders.text(record.headers(), name);
    }
}
