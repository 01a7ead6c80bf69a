package vn.phananh.search.accountability;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Service;

/**
 * Accountability figures and the public list of answered feedback for callers outside this
 * package (the web pages): the same services the accountability and public APIs answer with.
 */
@Service
public class AccountabilityReports {

    private final UnitRecords records;
    private final PublicView publicView;

    AccountabilityReports(UnitRecords records, PublicView publicView) {
        this.records = records;
        this.publicView = publicView;
    }

    /** Figures per unit inside {@code scope} (every unit when empty); the last 30 days by default. */
    public List<UnitRecord> units(Optional<Query> scope, Instant from, Instant to) throws IOException {
        return records.forPeriod(scope, from, to);
    }

    /** Answered feedback as anyone may read it: no author, masked once more. */
    public PublicView.PublicPage answered(List<String> units, int size, String cursor) throws IOException {
        return publicView.answered(units, List.of(), size, cursor);
    }
}
