package vn.phananh.bench.e2e;

/**
 * Where the messages were at one moment, in Kafka offsets summed over partitions: written to the
 * raw topic by the ingest service, committed on it by the stream processor, written to the
 * enriched topic by the processor, committed on it by the search API's indexer.
 */
record StageSample(double seconds, long rawEnd, long processorCommitted, long enrichedEnd, long indexerCommitted) {

    /** Raw records the stream processor has not committed yet. */
    long processorLag() {
        return Math.max(0, rawEnd - processorCommitted);
    }

    /** Enriched records the indexer has not committed yet. */
    long indexerLag() {
        return Math.max(0, enrichedEnd - indexerCommitted);
    }
}
