package vn.phananh.search.indexing;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;

/** How one bulk item ended: done, worth retrying, or never going to work. */
enum ItemOutcome {
    DONE, RETRY, PERMANENT;

    static ItemOutcome of(BulkResponseItem item) {
        if (item.error() == null) {
            return DONE;
        }
        int status = item.status();
        // An older revision than the one indexed: the index already holds newer truth.
        if (status == 409 || "version_conflict_engine_exception".equals(item.error().type())) {
            return DONE;
        }
        if (status == 404 && item.operationType() == OperationType.Delete) {
            return DONE;
        }
        // 404: the alias is missing (being created); 408/429/5xx: overloaded or unavailable.
        if (status == 404 || status == 408 || status == 429 || status >= 500) {
            return RETRY;
        }
        return PERMANENT;
    }
}
