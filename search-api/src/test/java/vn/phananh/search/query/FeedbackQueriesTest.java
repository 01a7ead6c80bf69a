package vn.phananh.search.query;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.phananh.search.security.Role;
import vn.phananh.search.security.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackQueriesTest {

    @Test
    void everyNonAdminQueryCarriesTheViewersUnits() {
        Viewer staff = new Viewer("s", Role.STAFF, Set.of("xa-hung-cuong"));
        String query = FeedbackQueries.search(staff, FeedbackFilter.period(null, null, null), java.time.Instant.now())
                .toString();
        assertThat(query).contains("\"unitCode\"").contains("xa-hung-cuong");
        Viewer nobody = new Viewer("n", Role.SUPERVISOR, Set.of());
        assertThat(FeedbackQueries.visibleTo(nobody)).isPresent();
        assertThat(FeedbackQueries.visibleTo(new Viewer("a", Role.ADMIN, Set.of()))).isEmpty();
    }

    @Test
    void foldsTheQueryWithTheSharedImplementation() {
        String query = FeedbackQueries.text("Đường NGẬP").toString();
        assertThat(query).contains("\"duong ngap\"").contains("\"Đường NGẬP\"").contains("AUTO");
    }
}
