package vn.phananh.processor.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.text.PiiMasker;

/**
 * What a retention run finds in Kafka: each feedback older than its unit's period whose latest raw
 * record or current state still holds personal data, and the anonymised raw revision to write for
 * it. A feedback whose raw record is anonymised already but whose state is not yet is being
 * processed: it is counted, not written again, so a second run writes nothing.
 */
record RetentionPlan(List<Item> items) {

    private static final PiiMasker MASKER = new PiiMasker();

    /** One feedback: whether its raw record and its state hold personal data, and what to write (null: nothing). */
    record Item(String feedbackId, String unit, boolean inRaw, boolean inEnriched, RawFeedback write) {
    }

    /** Per unit: feedback with personal data in the raw topic and in the enriched topic, by count. */
    record Counts(long raw, long enriched) {
    }

    static RetentionPlan of(Map<String, RawFeedback> raw, Map<String, EnrichedFeedback> enriched, RetentionPolicy policy,
                            Optional<String> onlyUnit, Instant anonymisedAt) {
        Set<String> ids = new HashSet<>(raw.keySet());
        ids.addAll(enriched.keySet());
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            item(id, raw.get(id), enriched.get(id), policy, anonymisedAt)
                    .filter(item -> onlyUnit.isEmpty() || onlyUnit.get().equals(item.unit()))
                    .ifPresent(items::add);
        }
        items.sort(Comparator.comparing(Item::unit).thenComparing(Item::feedbackId));
        return new RetentionPlan(List.copyOf(items));
    }

    private static Optional<Item> item(String id, RawFeedback raw, EnrichedFeedback state, RetentionPolicy policy,
                                       Instant at) {
        String unit = state != null ? state.getUnitCode() : raw.getUnitCode();
        // The feedback's age runs from its intake; an edit does not make it younger.
        Instant received = state != null ? state.getReceivedAt() : raw.getReceivedAt();
        boolean inRaw = raw != null && raw.getAnonymisedAt() == null;
        boolean inEnriched = state != null && state.getAnonymisedAt() == null;
        if (!policy.expired(unit, received) || !(inRaw || inEnriched)) {
            return Optional.empty();
        }
        RawFeedback write = inRaw ? AnonymisedRecords.raw(raw, maskedText(raw, state), at)
                : raw == null ? AnonymisedRecords.raw(state, at)
                : null;
        return Optional.of(new Item(id, unit, inRaw, inEnriched, write));
    }

    /** What people read of the text: the processor's masked text, or the masker's when it never got that far. */
    private static String maskedText(RawFeedback raw, EnrichedFeedback state) {
        return state != null ? state.getMaskedText() : MASKER.mask(raw.getText()).text();
    }

    Map<String, Counts> countsByUnit() {
        Map<String, Counts> counts = new TreeMap<>();
        for (Item item : items) {
            counts.merge(item.unit(), new Counts(item.inRaw() ? 1 : 0, item.inEnriched() ? 1 : 0),
                    (a, b) -> new Counts(a.raw() + b.raw(), a.enriched() + b.enriched()));
        }
        return counts;
    }

    List<String> sampleIds(String unit, int n) {
        return items.stream().filter(i -> i.unit().equals(unit)).map(Item::feedbackId).limit(n).toList();
    }

    List<RawFeedback> writes() {
        return items.stream().map(Item::write).filter(java.util.Objects::nonNull).toList();
    }
}
