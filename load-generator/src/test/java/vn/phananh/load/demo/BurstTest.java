package vn.phananh.load.demo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.phananh.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class BurstTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-27T03:41:10Z", "2026-11-27T03:01:00Z" })
    void sendsEightReportsWithinTheHourOfNowTheLastAtNow(String now) {
        Instant at = Instant.parse(now);

        List<Burst.Complaint> burst = Burst.at(at);

        assertThat(burst).hasSize(8).extracting(Burst.Complaint::key).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith("burst-2026112703-"));
        assertThat(burst).extracting(Burst.Complaint::at).isSorted()
                .allSatisfy(t -> assertThat(t).isBetween(Burst.window(at), at));
        assertThat(burst.getLast().at()).isEqualTo(at);
        assertThat(burst).extracting(Burst.Complaint::text)
                .allSatisfy(t -> assertThat(VietnameseText.fold(t)).contains("bai").contains("ngap"));
    }
}
