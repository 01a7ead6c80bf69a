package vn.phananh.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Poller;
import vn.phananh.bench.Target;
import vn.phananh.schema.Topics;

/**
 * Samples every stage's progress once a second from Kafka (end offsets and committed offsets of
 * the processor's and the indexer's groups) and prints each sample with its per-second rates, so
 * the run shows which stage falls behind. Offsets are baselined at start: only this run counts.
 */
final class StageSampler extends Poller {

    private final KafkaView kafka;
    private final Target target;
    private final List<StageSample> samples = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final StageSample baseline;

    StageSampler(KafkaView kafka, Target target) {
        super(Duration.ofSeconds(1));
        this.kafka = kafka;
        this.target = target;
        this.baseline = read(0);
        start("stage-sampler");
    }

    @Override
    protected void pollOnce() {
        StageSample sample = relative(read((System.nanoTime() - startNanos) / 1e9));
        StageSample previous = last();
        synchronized (samples) {
            samples.add(sample);
        }
        print(previous, sample);
    }

    private StageSample read(double seconds) {
        return new StageSample(seconds, kafka.endOffsetSum(Topics.RAW_NAME),
                kafka.committedSum(target.processorGroup(), Topics.RAW_NAME), kafka.endOffsetSum(Topics.ENRICHED_NAME),
                kafka.committedSum(target.indexerGroup(), Topics.ENRICHED_NAME));
    }

    private StageSample relative(StageSample s) {
        return new StageSample(s.seconds(), s.rawEnd() - baseline.rawEnd(),
                s.processorCommitted() - baseline.processorCommitted(), s.enrichedEnd() - baseline.enrichedEnd(),
                s.indexerCommitted() - baseline.indexerCommitted());
    }

    private StageSample last() {
        synchronized (samples) {
            return samples.isEmpty() ? new StageSample(0, 0, 0, 0, 0) : samples.getLast();
        }
    }

    private static void print(StageSample p, StageSample s) {
        double dt = Math.max(0.001, s.seconds() - p.seconds());
        System.out.printf("[stages] t=%5.1fs ingest %5.0f/s | processor %5.0f/s lag %6d | indexer %5.0f/s lag %6d%n",
                s.seconds(), (s.rawEnd() - p.rawEnd()) / dt, (s.processorCommitted() - p.processorCommitted()) / dt,
                s.processorLag(), (s.indexerCommitted() - p.indexerCommitted()) / dt, s.indexerLag());
    }

    List<StageSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }
}
