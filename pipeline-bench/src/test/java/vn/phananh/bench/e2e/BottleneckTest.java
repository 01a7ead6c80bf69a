package vn.phananh.bench.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stage the flat-out samples name as the bottleneck. */
class BottleneckTest {

    @Test
    void namesTheProcessorWhenItsLagGrowsWhileTheIndexerKeepsUp() {
        // ingest 300/s, processor 100/s, indexer right behind the processor
        List<StageSample> samples = samples(300, 100, 100, 30);

        Bottleneck b = Bottleneck.from(samples, 30);

        assertThat(b.stage()).isEqualTo("stream-processor");
        assertThat(b.processorLagAtSendEnd()).isEqualTo(6000);
        assertThat(b.processor().whileSending()).isCloseTo(100, org.assertj.core.data.Offset.offset(1.0));
        assertThat(b.processor().afterSending()).isNaN();
        assertThat(b.ingestRate()).isCloseTo(300, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void namesTheIndexerWhenItFallsBehindAFastProcessor() {
        Bottleneck b = Bottleneck.from(samples(300, 300, 120, 30), 30);

        assertThat(b.stage()).startsWith("search-api indexer");
    }

    @Test
    void namesTheIngestServiceWhenNoStageIsASecondBehind() {
        Bottleneck b = Bottleneck.from(samples(200, 200, 200, 30), 30);

        assertThat(b.stage()).isEqualTo("ingest-service");
    }

    /** One sample a second: each stage moves at its rate, never ahead of the stage before it. */
    private static List<StageSample> samples(long ingest, long processor, long indexer, int seconds) {
        List<StageSample> samples = new ArrayList<>();
        for (int t = 1; t <= seconds; t++) {
            long raw = ingest * t;
            long processed = Math.min(raw, processor * t);
            long indexed = Math.min(processed, indexer * t);
            samples.add(new StageSample(t, raw, processed, processed, indexed));
        }
        return samples;
    }
}
