package vn.phananh.search.indexing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndexAdminTest {

    @ParameterizedTest
    @CsvSource({ "feedback-v1, feedback-v2", "feedback-v9, feedback-v10", "feedback, feedback-v1" })
    void namesTheNextVersion(String current, String next) {
        assertThat(IndexAdmin.nextVersion("feedback", current)).isEqualTo(next);
    }
}
