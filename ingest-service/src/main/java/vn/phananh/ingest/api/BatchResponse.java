package vn.phananh.ingest.api;

import java.util.List;

import vn.phananh.ingest.publishing.ItemOutcome;

/** The answer to a batch: counts, and one result per submitted message in submission order. */
record BatchResponse(long accepted, long duplicates, long rejected, List<ItemResult> results) {

    static BatchResponse of(List<ItemResult> results) {
        return new BatchResponse(count(results, ItemOutcome.Status.ACCEPTED), count(results, ItemOutcome.Status.DUPLICATE),
                count(results, ItemOutcome.Status.REJECTED), results);
    }

    private static long count(List<ItemResult> results, ItemOutcome.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
