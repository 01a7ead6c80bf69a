package vn.phananh.processor.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signatures in memory answer exactly as the store alone would: the same candidates in the same
 * order, the same lookups, the same entries left after expiry, whichever part is in memory, after a
 * unit is dropped for the memory bound and read back, and after a restart.
 */
class RecentSignaturesTest {

    private KeyValueStore<String, Signature> store;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("near-duplicates-test"), Serdes.String(),
                Signature.SERDE).withLoggingDisabled().withCachingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void candidatesLookupsAndExpiryMatchTheStoreUnderRandomWork() {
        Random random = new Random(15);
        // Small bounds, so memory holds only part of a unit and units are dropped and read back.
        RecentSignatures recent = new RecentSignatures(store, 7, 12);
        List<String> units = List.of("xa-a", "xa-a-b", "phuong-c");
        long[] streamTime = {0};
        for (int step = 0; step < 4_000; step++) {
            String unit = units.get(random.nextInt(units.size()));
            long at = streamTime[0] + random.nextInt(10) - 7;
            streamTime[0] = Math.max(streamTime[0], at);
            String key = NearDuplicateClusterer.prefix(unit, at) + "|f-" + step % 900;
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> recent.put(unit, key, signature("f-" + step, at));
                case 3 -> assertThat(recent.get(unit, key)).usingRecursiveComparison().isEqualTo(store.get(key));
                case 4 -> {
                    String from = NearDuplicateClusterer.prefix(unit, at - random.nextInt(400));
                    String to = NearDuplicateClusterer.prefix(unit, at + random.nextInt(100));
                    int limit = 1 + random.nextInt(10);
                    assertThat(ids(recent, unit, from, to, limit)).as("step %d", step)
                            .containsExactlyElementsOf(storeIds(from, to, limit));
                }
                default -> {
                    long cutoff = streamTime[0] - 300;
                    recent.removeBefore(unit, NearDuplicateClusterer.prefix(unit, cutoff), cutoff, 0);
                    assertThat(storeIds(unit + "|", NearDuplicateClusterer.prefix(unit, cutoff), Integer.MAX_VALUE))
                            .as("step %d", step).isEmpty();
                }
            }
            assertThat(recent.sizes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(recent.held())
                    .isLessThanOrEqualTo(12);
            assertThat(recent.sizes().values()).allMatch(size -> size <= 7);
            if (step % 1_000 == 999) {
                recent.clear();
            }
        }
    }

    @Test
    void aUnitThatFitsIsReadFromTheStoreOnceAndNotAgain() {
        for (int i = 0; i < 5; i++) {
            store.put(NearDuplicateClusterer.prefix("xa-a", 1_000 + i) + "|f-" + i, signature("f-" + i, 1_000 + i));
        }
        RecentSignatures recent = new RecentSignatures(store, 10, 100);
        assertThat(ids(recent, "xa-a", "xa-a|", "xa-a|~", 10)).containsExactly("f-4", "f-3", "f-2", "f-1", "f-0");

        // Written behind its back: memory holds the whole unit, so the store is not asked again.
        store.put(NearDuplicateClusterer.prefix("xa-a", 999) + "|f-x", signature("f-x", 999));
        assertThat(ids(recent, "xa-a", "xa-a|", "xa-a|~", 10)).doesNotContain("f-x");

        recent.clear();
        assertThat(ids(recent, "xa-a", "xa-a|", "xa-a|~", 10)).endsWith("f-0", "f-x");
    }

    private static List<String> ids(RecentSignatures recent, String unit, String from, String to, int limit) {
        return recent.newestFirst(unit, from, to, limit).stream().map(Signature::feedbackId).toList();
    }

    private List<String> storeIds(String from, String to, int limit) {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, Signature> all = store.reverseRange(from, to)) {
            while (all.hasNext() && ids.size() < limit) {
                ids.add(all.next().value.feedbackId());
            }
        }
        return ids;
    }

    private static Signature signature(String id, long openedAt) {
        return new Signature(id, null, null, "OTHER", openedAt, new int[] {1, 2, 3});
    }
}
