package vn.phananh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemTypeTest {

    @Test
    void everySlugIsUniqueAndLowerKebabCase() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"));
    }

    @ParameterizedTest
    @CsvSource({ "400, invalid-request", "401, unauthenticated", "403, forbidden", "404, not-found",
            "405, method-not-allowed", "406, not-acceptable", "408, invalid-request", "409, conflict",
            "413, payload-too-large", "415, unsupported-media-type", "429, too-many-requests", "431, invalid-request", "500, internal-error",
            "501, not-implemented", "502, internal-error", "503, unavailable" })
    void typesAnErrorKnownOnlyByItsStatus(int status, String slug) {
        assertThat(ProblemType.forStatus(status).slug()).isEqualTo(slug);
    }

    @Test
    void aTypeForAStatusAnswersWithACompatibleStatus() {
        for (int status = 400; status < 600; status++) {
            assertThat(ProblemType.forStatus(status).status().value() / 100).as("status %d", status)
                    .isEqualTo(status / 100);
        }
    }

    @Test
    void writesValidJsonWhateverTheDetailHolds() {
        String detail = "Trường \"q\" có ký tự \\ và \u0000\n điều khiển";
        JsonNode problem = JsonMapper.builder().build()
                .readTree(Problems.json(408, ProblemType.INVALID_REQUEST, detail));
        assertThat(problem.path("type").asString()).isEqualTo("https://phananh.vn/problems/invalid-request");
        assertThat(problem.path("status").asInt()).isEqualTo(408);
        assertThat(problem.path("detail").asString()).isEqualTo(detail);
    }
}
