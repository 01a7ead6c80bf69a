package vn.phananh.search.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RebuildWhileSearchingTest extends ApiTestBase {

    @Test
    void rebuildsIntoANewIndexWhileSearchesKeepAnswering() throws Exception {
        String place = newPlace();
        List<EnrichedFeedback> docs = IntStream.range(0, 300)
                .mapToObj(i -> at(Feedbacks.feedback(Feedbacks.newId(), Feedbacks.UNIT_A, "Đường ngập số " + i),
                        place).build())
                .toList();
        index(docs.toArray(EnrichedFeedback[]::new));
        String before = elasticsearch.indices().getAlias(g -> g.name(stack.feedbackAlias())).aliases().keySet()
                .iterator().next();

        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<Integer> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
            while (searching.get()) {
                Response r = get("/api/v1/feedback?q=" + q("duong ngap") + "&place=" + place, STAFF_A);
                searches.incrementAndGet();
                if (r.status() != 200 || r.json().get("total").asLong() != docs.size()) {
                    failures.add(r.status());
                }
            }
        });

        Response started = post("/api/v1/admin/rebuild-index", ADMIN, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        // A record arriving during the rebuild reaches the new index too.
        String late = Feedbacks.newId();
        stack.send(at(Feedbacks.feedback(late, Feedbacks.UNIT_A, "Cầu yếu"), newPlace()).build());
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/api/v1/admin/rebuild-index", ADMIN).json()
                .get("state").asString().equals("SWITCHED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/feedback/" + late, STAFF_A).status() == 200);
        searching.set(false);
        client.get();

        String after = elasticsearch.indices().getAlias(g -> g.name(stack.feedbackAlias())).aliases().keySet()
                .iterator().next();
        assertThat(after).isNotEqualTo(before).endsWith("-v" + (Integer.parseInt(before.replaceAll(".*-v", "")) + 1));
        assertThat(searches.get()).isPositive();
        assertThat(failures).isEmpty();
        elasticsearch.indices().refresh(r -> r.index(after));
        long oldCount = elasticsearch.count(c -> c.index(before)).count();
        await().atMost(Duration.ofSeconds(30)).until(() -> elasticsearch.count(c -> c.index(after)).count() >= oldCount);
        assertThat(get("/api/v1/feedback?place=" + place, STAFF_A).json().get("total").asLong()).isEqualTo(docs.size());
        JsonStatus status = new JsonStatus(get("/api/v1/admin/rebuild-index", ADMIN).json().get("replayed").asLong());
        assertThat(status.replayed()).isGreaterThanOrEqualTo(docs.size());
    }

    record JsonStatus(long replayed) {
    }
}
