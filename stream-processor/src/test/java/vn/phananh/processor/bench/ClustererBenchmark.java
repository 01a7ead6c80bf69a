package vn.phananh.processor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

import vn.phananh.avro.Author;
import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.processor.cluster.NearDuplicateClusterer;
import vn.phananh.processor.cluster.NearDuplicateRule;
import vn.phananh.processor.cluster.Signature;
import vn.phananh.processor.enrich.Enricher;
import vn.phananh.processor.enrich.Enrichment;
import vn.phananh.schema.Topics;

/**
 * What the near-duplicate clusterer costs per new feedback of one busy unit, its store in RocksDB:
 * every candidate read from the store (as before 2 December 2026) against the newest held in memory.
 * The same feedback (the shipped texts, really enriched, one a second) through both; CPU time of this
 * thread for the feedback after the first {@code 2,000} (the candidate limit, so each is compared with
 * 2,000). Both must form the same clusters. Last line: {@code RESULT store_us= memory_us= same_clusters=}.
 * Run: {@code ./pipeline bench processor clusterer [feedback]}.
 */
public final class ClustererBenchmark {

    private static final String STORE = "near-duplicates-store";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 8_000;
        NearDuplicateRule rule = NearDuplicateRule.defaults();
        List<EnrichedFeedback> feedback = feedback(count);
        Run store = run(feedback, rule, 0);
        Run memory = run(feedback, rule, NearDuplicateClusterer.SIGNATURES_IN_MEMORY);
        boolean same = store.assignments().equals(memory.assignments());
        System.out.printf("%d feedback of one unit, %d measured (each compared with %d candidates): store %.0f µs,"
                + " memory %.0f µs of CPU per feedback; %d cluster assignments, the same: %s%n", count,
                count - rule.maxCandidates(), rule.maxCandidates(), store.micros(), memory.micros(),
                memory.assignments().size(), same);
        System.out.printf("RESULT store_us=%.0f memory_us=%.0f same_clusters=%s%n", store.micros(), memory.micros(), same);
        if (!same) {
            System.exit(1);
        }
    }

    private record Run(double micros, List<String> assignments) {
    }

    private static Run run(List<EnrichedFeedback> feedback, NearDuplicateRule rule, int inMemory) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                Signature.SERDE));
        builder.stream("in", Consumed.with(Serdes.String(), Topics.ENRICHED.valueSerde()))
                .process(() -> new NearDuplicateClusterer(rule, STORE, inMemory), STORE)
                .to("out", Produced.with(Serdes.String(), Topics.CLUSTERS.valueSerde()));
        Path state = Files.createTempDirectory("clusterer-bench");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "clusterer-bench");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            TestInputTopic<String, EnrichedFeedback> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    Topics.ENRICHED.valueSerde().serializer());
            TestOutputTopic<String, ClusterAssignment> out = driver.createOutputTopic("out",
                    Serdes.String().deserializer(), Topics.CLUSTERS.valueSerde().deserializer());
            long start = 0;
            for (int i = 0; i < feedback.size(); i++) {
                if (i == rule.maxCandidates()) {
                    start = threads.getCurrentThreadCpuTime();
                }
                EnrichedFeedback f = feedback.get(i);
                in.pipeInput(f.getUnitCode(), f, f.getReceivedAt());
            }
            double micros = (threads.getCurrentThreadCpuTime() - start) / 1e3 / (feedback.size() - rule.maxCandidates());
            List<String> assignments = new ArrayList<>();
            out.readValuesToList().forEach(a -> assignments.add(a.getFeedbackId() + "@" + a.getClusterId()));
            return new Run(micros, assignments);
        }
    }

    private static List<EnrichedFeedback> feedback(int count) throws Exception {
        List<String> texts = ProcessorBenchmark.texts();
        Enricher enricher = Enricher.fromClasspath();
        List<Enrichment> enriched = texts.stream().map(t -> enricher.enrich(t, List.of())).toList();
        Instant t0 = Instant.parse("2026-11-02T02:00:00Z");
        List<EnrichedFeedback> feedback = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Enrichment e = enriched.get(i % enriched.size());
            Instant at = t0.plusSeconds(i);
            feedback.add(EnrichedFeedback.newBuilder().setFeedbackId("f-" + i).setUnitCode("xa-tan-lap")
                    .setSourceAccount("bench").setAuthor(Author.newBuilder().build()).setTopic(e.topic())
                    .setPlace(e.place()).setNormalizedText(e.normalizedText()).setReceivedAt(at).setOccurredAt(at)
                    .setEnrichedAt(at).build());
        }
        return feedback;
    }

    private ClustererBenchmark() {
    }
}
