package vn.phananh.bench.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void readsASteadyRun() {
        BenchOptions o = BenchOptions.parse(new String[] { "--rate", "50", "--duration", "20", "--mix", "fb,api",
                "--ingest", "http://127.0.0.1:18081", "--search", "http://127.0.0.1:18080" });

        assertThat(o.flatOut()).isFalse();
        assertThat(o.rate()).isEqualTo(50.0);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(o.mix()).containsExactly(BenchChannel.FB, BenchChannel.API);
        assertThat(o.ingest()).isEqualTo("http://127.0.0.1:18081");
        assertThat(o.search()).isEqualTo("http://127.0.0.1:18080");
        assertThat(o.login()).isEqualTo("supervisor");
    }

    @Test
    void readsAFlatOutRunWithEveryChannelByDefault() {
        BenchOptions o = BenchOptions.parse(new String[] { "--flat-out", "--concurrency", "8" });

        assertThat(o.flatOut()).isTrue();
        assertThat(o.concurrency()).isEqualTo(8);
        assertThat(o.mix()).containsExactly(BenchChannel.FB, BenchChannel.ZALO, BenchChannel.DESK, BenchChannel.API);
    }

    @Test
    void wantsExactlyOneOfRateAndFlatOut() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--duration", "5" }))
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--rate", "5", "--flat-out" }))
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--rate", "5", "--mix", "fax" }))
                .hasMessageContaining("fax");
    }
}
