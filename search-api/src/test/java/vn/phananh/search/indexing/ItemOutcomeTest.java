package vn.phananh.search.indexing;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemOutcomeTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({ "index, 201, , DONE", "index, 409, version_conflict_engine_exception, DONE",
            "index, 429, es_rejected_execution_exception, RETRY", "index, 503, unavailable_shards_exception, RETRY",
            "index, 404, index_not_found_exception, RETRY", "index, 400, document_parsing_exception, PERMANENT",
            "index, 400, illegal_argument_exception, PERMANENT", "delete, 404, , DONE" })
    void judgesEachBulkItem(String operation, int status, String errorType, ItemOutcome expected) {
        BulkResponseItem item = BulkResponseItem.of(b -> {
            b.operationType(operation.equals("index") ? OperationType.Index : OperationType.Delete).index("i").id("1")
                    .status(status);
            if (errorType != null) {
                b.error(ErrorCause.of(e -> e.type(errorType).reason("because")));
            }
            return b;
        });
        assertThat(ItemOutcome.of(item)).isEqualTo(expected);
    }
}
