package vn.phananh.processor.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.awaitility.Awaitility;

import tools.jackson.databind.json.JsonMapper;
import vn.phananh.avro.Author;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.processor.deadline.DeadlineCalculator;
import vn.phananh.processor.deadline.DeadlineRules;
import vn.phananh.processor.enrich.Enricher;
import vn.phananh.processor.topology.FeedbackTopology;
import vn.phananh.processor.trends.SpikeRule;
import vn.phananh.schema.Topics;
import vn.phananh.testsupport.RealServices;

/**
 * Throughput of the processor topology against an identity Streams application with the same
 * exactly-once settings, both reading the same raw records from the same broker in the same run,
 * and of the enrich step alone on one thread. Last line: {@code RESULT ratio=<x> enrich_per_core=<n>}.
 * Enrichment per core is messages per CPU-second of the enriching thread (its own CPU time, so other
 * work on the machine does not lower it); the wall-clock rate is printed beside it.
 * Arguments: [records (default 20000)] [partitions (default 3)], or {@code enrich [records]} for the
 * enrich step alone (no broker), {@code signatures [reads]} for reading the clusterer's signatures, or
 * {@code clusterer [feedback]} for the clusterer with its candidates in the store or in memory.
 */
public final class ProcessorBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("clusterer")) {
            ClustererBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("signatures")) {
            SignatureReadBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("enrich")) {
            int records = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
            double enrichPerCore = enrichAlone(Enricher.fromClasspath(), texts(), records);
            System.out.printf("RESULT enrich_per_core=%.0f%n", enrichPerCore);
            return;
        }
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String bootstrap = RealServices.kafka().bootstrapServers();
        List<String> texts = texts();
        Enricher enricher = Enricher.fromClasspath();

        double enrichPerCore = enrichAlone(enricher, texts, records);
        createTopics(bootstrap, partitions);
        produce(bootstrap, texts, records);

        DeadlineCalculator deadlines = new DeadlineCalculator(DeadlineRules.defaults());
        Topology processor = FeedbackTopology.build(raw -> enricher.enrich(raw.getText(), raw.getAttachments()),
                (unit, kind, topic, urgent, at) -> deadlines.due(at, kind, topic, urgent), (unit, place) -> java.util.Optional.empty(),
                SpikeRule.defaults());
        double identityRate = run("identity", identity(), bootstrap, records);
        double processorRate = run("processor", processor, bootstrap, records);

        System.out.printf("records=%d partitions=%d identity=%.0f/s processor=%.0f/s enrich_alone=%.0f/s/core%n",
                records, partitions, identityRate, processorRate, enrichPerCore);
        System.out.printf("RESULT ratio=%.2f enrich_per_core=%.0f%n", processorRate / identityRate, enrichPerCore);
        System.exit(0);
    }

    /** Records/s from RUNNING until the application has committed every input offset. */
    private static double run(String name, Topology topology, String bootstrap, int records) {
        String applicationId = "bench-" + name + "-" + UUID.randomUUID();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, Path.of("target", "bench-state", applicationId).toAbsolutePath().toString());
        config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        try (KafkaStreams streams = new KafkaStreams(topology, config); Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            streams.start();
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
            long start = System.nanoTime();
            Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> committed(admin, applicationId) >= records);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d records in %.1f s%n", name, records, seconds);
            return records / seconds;
        }
    }

    private static long committed(Admin admin, String group) throws Exception {
        Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream()
                .filter(e -> e.getKey().toString().startsWith(Topics.RAW_NAME))
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static Topology identity() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.RAW_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to("bench.identity.v1", Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    /** Messages enriched per CPU-second of this thread, after a warm-up; the wall-clock rate is printed too. */
    private static double enrichAlone(Enricher enricher, List<String> texts, int records) {
        for (int i = 0; i < 2_000; i++) {
            enricher.enrich(texts.get(i % texts.size()), List.of());
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < records; i++) {
            enricher.enrich(texts.get(i % texts.size()), List.of());
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("enrich alone: %d messages, %.2f CPU-s (%.0f/s per core), %.2f s wall (%.0f/s)%n", records,
                cpuSeconds, records / cpuSeconds, wallSeconds, records / wallSeconds);
        return records / cpuSeconds;
    }

    private static void createTopics(String bootstrap, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            List<NewTopic> topics = new ArrayList<>();
            Topics.all(partitions).forEach(t -> topics.add(new NewTopic(t.name(), t.partitions(), (short) 1)
                    .configs(Map.of("cleanup.policy", t.cleanupPolicy()))));
            topics.add(new NewTopic("bench.identity.v1", partitions, (short) 1));
            admin.createTopics(topics).all().get();
        }
    }

    private static void produce(String bootstrap, List<String> texts, int records) {
        Map<String, Object> config = new HashMap<>(Map.of("bootstrap.servers", bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), Topics.RAW.valueSerde().serializer())) {
            Instant now = Instant.now();
            for (int i = 0; i < records; i++) {
                String id = UUID.randomUUID().toString();
                producer.send(new ProducerRecord<>(Topics.RAW_NAME, id, raw(id, texts.get(i % texts.size()), now)));
            }
        }
    }

    private static RawFeedback raw(String id, String text, Instant at) {
        return RawFeedback.newBuilder().setFeedbackId(id).setUnitCode("xa-tan-lap").setChannel(Channel.ZALO)
                .setSourceAccount("oa-1").setAuthor(Author.newBuilder().build()).setText(text)
                .setReceivedAt(at).setOccurredAt(at).build();
    }

    /** The texts of the labelled development set: real-looking Vietnamese feedback of varied length. */
    static List<String> texts() throws Exception {
        // Every shipped style: chat messages, desk notes, portal letters and press columns (the long ones).
        List<String> texts = new ArrayList<>();
        for (String file : List.of("feedback-dev.jsonl", "feedback-dev-broad.jsonl", "feedback-dev-large.jsonl")) {
            try (var in = ProcessorBenchmark.class.getResourceAsStream("/training/" + file);
                    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isBlank())
                        .forEach(line -> texts.add(JsonMapper.shared().readTree(line).path("text").asString()));
            }
        }
        return texts;
    }

    private ProcessorBenchmark() {
    }
}
