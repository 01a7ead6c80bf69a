package vn.phananh.bench.e2e;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Names the stage that limits the flat-out run from the per-second samples: the one whose input
 * lag had grown largest when sending ended (a stage that keeps up holds its lag near zero; the
 * stage after a bottleneck is starved, not lagging). When no stage is more than a second of
 * traffic behind, the ingest service's accept rate set the pace. The bottleneck's rate while the
 * senders ran and after they stopped tells whether it is slow in itself or short of CPU while the
 * ingest side shares the cores with it.
 */
record Bottleneck(String stage, String evidence, double ingestRate, Rates processor, Rates indexer,
        long processorLagAtSendEnd, long indexerLagAtSendEnd, long processorMaxLag, long indexerMaxLag) {

    /** Records per second a stage committed while backlogged: during sending, after it (NaN: not backlogged then). */
    record Rates(double whileSending, double afterSending) {
    }

    /** A few records of lag are transaction markers and batches in flight, not a backlog. */
    private static final long BACKLOG = 50;

    static Bottleneck from(List<StageSample> samples, double sendSeconds) {
        StageSample atSendEnd = samples.stream().filter(s -> s.seconds() <= sendSeconds + 0.5)
                .reduce((a, b) -> b).orElse(new StageSample(0, 0, 0, 0, 0));
        double ingestRate = atSendEnd.rawEnd() / Math.max(0.001, atSendEnd.seconds());
        Rates processor = rates(samples, sendSeconds, StageSample::processorLag, StageSample::processorCommitted);
        Rates indexer = rates(samples, sendSeconds, StageSample::indexerLag, StageSample::indexerCommitted);
        long processorLag = atSendEnd.processorLag();
        long indexerLag = atSendEnd.indexerLag();
        long processorMax = samples.stream().mapToLong(StageSample::processorLag).max().orElse(0);
        long indexerMax = samples.stream().mapToLong(StageSample::indexerLag).max().orElse(0);
        String stage;
        String evidence;
        if (Math.max(processorLag, indexerLag) <= ingestRate) {
            stage = "ingest-service";
            evidence = String.format("when sending ended neither stage was a second behind (processor lag %d, indexer"
                    + " lag %d records at %.0f msg/s accepted): the accept rate of the ingest service set the pace",
                    processorLag, indexerLag, ingestRate);
        }
        else if (processorLag >= indexerLag) {
            stage = "stream-processor";
            evidence = lagging("feedback.raw.v1", processorLag, ingestRate, "indexer", indexerLag, processor);
        }
        else {
            stage = "search-api indexer (Elasticsearch bulk)";
            evidence = lagging("feedback.enriched.v1", indexerLag, ingestRate, "processor", processorLag, indexer);
        }
        return new Bottleneck(stage, evidence, ingestRate, processor, indexer, processorLag, indexerLag, processorMax,
                indexerMax);
    }

    private static String lagging(String topic, long lag, double ingestRate, String other, long otherLag, Rates rates) {
        return String.format("its lag on %s grew to %d records (%.1f s of ingest) while the %s's stayed at %d;"
                + " backlogged it committed %.0f msg/s while the senders ran (%.0f msg/s accepted) and %.0f msg/s after"
                + " they stopped", topic, lag, lag / ingestRate, other, otherLag, rates.whileSending(), ingestRate,
                rates.afterSending());
    }

    private static Rates rates(List<StageSample> samples, double sendSeconds, ToLongFunction<StageSample> lag,
            ToLongFunction<StageSample> committed) {
        long[] records = new long[2];
        double[] seconds = new double[2];
        for (int i = 1; i < samples.size(); i++) {
            StageSample before = samples.get(i - 1);
            StageSample after = samples.get(i);
            if (lag.applyAsLong(before) > BACKLOG) {
                int phase = after.seconds() <= sendSeconds + 0.5 ? 0 : 1;
                records[phase] += committed.applyAsLong(after) - committed.applyAsLong(before);
                seconds[phase] += after.seconds() - before.seconds();
            }
        }
        return new Rates(seconds[0] == 0 ? Double.NaN : records[0] / seconds[0],
                seconds[1] == 0 ? Double.NaN : records[1] / seconds[1]);
    }
}
