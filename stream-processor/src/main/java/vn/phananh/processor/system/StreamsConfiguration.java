package vn.phananh.processor.system;

import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.model.CurrentClassifier;
import vn.phananh.processor.model.PromotedModels;
import vn.phananh.processor.topology.DeadlinePolicy;
import vn.phananh.processor.topology.FeedbackEnricher;
import vn.phananh.processor.topology.FeedbackTopology;
import vn.phananh.processor.topology.PlaceDirectory;
import vn.phananh.processor.units.UnitDeadlines;
import vn.phananh.processor.units.UnitEnrichers;
import vn.phananh.schema.Topics;
import vn.phananh.units.UnitRegistry;

/** Wires the topology with each unit's enricher and deadline rules and runs it. */
@Configuration(proxyBeanMethods = false)
class StreamsConfiguration {

    /** The pipeline's topics, created at start when missing (KafkaAdmin leaves existing ones alone). */
    @Bean
    KafkaAdmin.NewTopics pipelineTopics(ProcessorProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.all(properties.partitions()).stream()
                .map(topic -> topic.toNewTopic(java.util.Optional.of((short) properties.replicationFactor())))
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    CurrentClassifier currentClassifier() {
        return new CurrentClassifier(ClassifierModels.fromClasspath());
    }

    @Bean
    PromotedModels promotedModels(KafkaProperties kafka) {
        return new PromotedModels(String.join(",", kafka.getBootstrapServers()));
    }

    @Bean
    PromotedModelFollower promotedModelFollower(PromotedModels models, CurrentClassifier classifier) {
        return new PromotedModelFollower(models, classifier);
    }

    /** Each unit's gazetteer (from its configuration) locates its places; the current classifier is one for all. */
    @Bean
    UnitEnrichers unitEnrichers(UnitRegistry units, CurrentClassifier classifier) {
        return new UnitEnrichers(units, classifier);
    }

    /** The real enricher, timed: how long masking, classifying and locating one message takes. */
    @Bean
    FeedbackEnricher feedbackEnricher(UnitEnrichers enrichers, MeterRegistry registry) {
        Timer latency = Timer.builder("phananh.processor.enrich.latency")
                .description("Masking, normalising, classifying and locating one message").publishPercentileHistogram()
                .register(registry);
        return raw -> latency.record(() -> enrichers.forUnit(raw.getUnitCode()).enrich(raw.getText(), raw.getAttachments()));
    }

    /** Places staff may set by correction: the unit's gazetteer. */
    @Bean
    PlaceDirectory placeDirectory(UnitEnrichers enrichers) {
        return (unitCode, placeId) -> enrichers.gazetteer(unitCode).place(placeId).map(p -> Place.newBuilder().setId(p.id())
                .setName(p.name()).setType(PlaceType.valueOf(p.type())).setConfidence(1.0).build());
    }

    @Bean
    DeadlinePolicy deadlinePolicy(ProcessorProperties properties, UnitRegistry units) {
        return new UnitDeadlines(properties.deadlines(), units);
    }

    @Bean(destroyMethod = "close")
    UnitRegistry unitRegistry(KafkaProperties kafka, UnitsProperties units) {
        return new UnitRegistry(String.join(",", kafka.getBootstrapServers()), units.topic()).start(units.loadTimeout());
    }

    @Bean
    Topology feedbackTopology(FeedbackEnricher enricher, DeadlinePolicy deadlines, PlaceDirectory places,
            ProcessorProperties properties) {
        return FeedbackTopology.build(enricher, deadlines, places, properties.spike().rule());
    }

    @Bean
    KafkaStreamsRunner kafkaStreamsRunner(Topology topology, ProcessorProperties properties, KafkaProperties kafka,
            MeterRegistry registry) {
        return new KafkaStreamsRunner(topology, streamsConfig(properties, kafka.getBootstrapServers()), registry);
    }

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
        return new KafkaStreamsHealthIndicator(runner);
    }

    /** How often a stream thread commits (a transaction under exactly-once); {@code streams} may override it. */
    static final int COMMIT_INTERVAL_MS = 200;

    static Properties streamsConfig(ProcessorProperties properties, List<String> bootstrapServers) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, properties.applicationId());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", bootstrapServers));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, properties.stateDir().toAbsolutePath().toString());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, properties.streamThreads());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) properties.replicationFactor());
        // Each commit is a transaction: partitions added, markers written to every output, changelog and
        // offsets partition. Exactly-once's default of 100 ms made those a sixth of the broker's CPU at
        // 200 msg/s (BENCHMARKS.md, issue 15); 200 ms halves them for at most 0.1 s more latency on average.
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        // A record that cannot be written (too large, not authorised) stops the thread rather than
        // being dropped: under exactly-once, skipping it would lose a state change for good.
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);
        // The feedback store's changelog holds the author like the enriched topic: its superseded
        // records (after ./pipeline retention) go within the same bound. Ignored by the repartition topics.
        config.put(StreamsConfig.topicPrefix(org.apache.kafka.common.config.TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG),
                Long.toString(vn.phananh.schema.Topics.MAX_COMPACTION_LAG_MS));
        // A new application reads the raw topic from its beginning: nothing is skipped.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Every RocksDB store of the process within one memory budget (BoundedRocksDbMemory).
        config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        config.putAll(properties.streams());
        return config;
    }
}
