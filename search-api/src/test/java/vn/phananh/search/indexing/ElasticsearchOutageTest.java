package vn.phananh.search.indexing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.local.LocalElasticsearch;
import vn.phananh.search.Feedbacks;
import vn.phananh.search.TestStack;
import vn.phananh.testsupport.RealServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Elasticsearch stops in the middle of a stream and comes back: nothing lost, nothing doubled. */
@SpringBootTest
@DirtiesContext
class ElasticsearchOutageTest {

    static final LocalElasticsearch node = RealServices.dedicatedLocalElasticsearch("outage")
            .start(Duration.ofMinutes(3));
    static final TestStack stack = TestStack.create("outage", node.url());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        stack.register(registry);
    }

    @AfterAll
    static void stopNode() {
        node.stop();
    }

    @Autowired
    ElasticsearchClient client;

    @Test
    void indexesEverythingOnceAfterElasticsearchComesBack() throws Exception {
        List<EnrichedFeedback> first = batch(200, 1);
        stack.send(first.toArray(EnrichedFeedback[]::new));
        await().atMost(Duration.ofSeconds(60)).until(() -> count() == first.size());

        node.stop();
        List<EnrichedFeedback> during = batch(300, 1);
        stack.send(during.toArray(EnrichedFeedback[]::new));
        // Newer revisions of the first records, sent while the node is down.
        List<EnrichedFeedback> updates = first.stream().limit(50)
                .map(f -> EnrichedFeedback.newBuilder(f).setRevision(2).setAssignee("dia-chinh").build()).toList();
        stack.send(updates.toArray(EnrichedFeedback[]::new));
        // While the node is down nothing past the first records is committed.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .until(() -> committed() == first.size());
        node.start(Duration.ofMinutes(3));

        long expected = first.size() + during.size();
        await().atMost(Duration.ofMinutes(3)).until(() -> count() == expected && assigned() == updates.size());
        assertThat(count()).isEqualTo(expected);
        await().atMost(Duration.ofSeconds(30)).until(() -> committed() == expected + updates.size());
    }

    private long committed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrap()))) {
            var offset = admin.listConsumerGroupOffsets("indexer-" + stack.name()).partitionsToOffsetAndMetadata()
                    .get().get(new TopicPartition(stack.enrichedTopic(), 0));
            return offset == null ? -1 : offset.offset();
        }
    }

    private static List<EnrichedFeedback> batch(int n, long revision) {
        return IntStream.range(0, n).mapToObj(i -> Feedbacks
                .feedback(Feedbacks.newId(), Feedbacks.UNIT_A, "Mất điện khu vực " + i).setRevision(revision).build())
                .toList();
    }

    private long count() {
        try {
            client.indices().refresh(r -> r.index(stack.feedbackAlias()));
            return client.count(c -> c.index(stack.feedbackAlias())).count();
        }
        catch (Exception ex) {
            return -1;
        }
    }

    private long assigned() throws Exception {
        return client.count(c -> c.index(stack.feedbackAlias()).query(q -> q.term(t -> t.field("assignee")
                .value("dia-chinh")))).count();
    }
}
