package vn.phananh.bench.faults;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {

    @Test
    void passesOnlyWithoutProblems() {
        Verdict pass = new Verdict("burst", Map.of("missing", "0"), List.of(), List.of("refused 3: 503"));
        Verdict fail = new Verdict("burst", Map.of("missing", "2"), List.of("2 accepted messages are not searchable"),
                List.of());

        assertThat(pass.passed()).isTrue();
        assertThat(pass.describe()).startsWith("VERDICT burst PASS missing=0").contains("note: refused 3: 503");
        assertThat(fail.passed()).isFalse();
        assertThat(fail.describe()).startsWith("VERDICT burst FAIL missing=2")
                .contains("problem: 2 accepted messages are not searchable");
        assertThat(fail.number("missing")).isEqualTo(2);
        assertThat(fail.number("absent")).isNaN();
    }
}
