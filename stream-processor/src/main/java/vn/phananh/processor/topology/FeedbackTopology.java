package vn.phananh.processor.topology;

import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.processor.cluster.NearDuplicateClusterer;
import vn.phananh.processor.cluster.NearDuplicateRule;
import vn.phananh.processor.cluster.Signature;
import vn.phananh.processor.trends.SpikeRule;
import vn.phananh.processor.trends.TrendTopology;
import vn.phananh.schema.Topics;

/**
 * The stream processor's topology: raw feedback, staff actions, staff label corrections, citizens'
 * ratings and reclassification replays in; the current state of each feedback, trend counts, alerts, what to
 * tell citizens (the outbox) and dead letters out. A plain method with its collaborators as
 * arguments, so tests build it with fakes and the application with the real enricher.
 */
public final class FeedbackTopology {

    public static final String FEEDBACK_STORE = "feedback-store";
    public static final String APPLIED_CHANGES_STORE = "applied-changes-store";
    public static final String OPEN_DEADLINES_STORE = "open-deadlines-store";
    public static final String NEAR_DUPLICATES_STORE = "near-duplicates-store";
    private static final String OUTCOME = "outcome-";

    /** Builds the topology; every processor, store and internal topic is named so none moves on a change. */
    public static Topology build(FeedbackEnricher enricher, DeadlinePolicy deadlines, PlaceDirectory places,
                                 SpikeRule spikeRule) {
        return build(enricher, deadlines, places, spikeRule, NearDuplicateRule.defaults());
    }

    /** The same with the near-duplicate rule given. */
    public static Topology build(FeedbackEnricher enricher, DeadlinePolicy deadlines, PlaceDirectory places,
                                 SpikeRule spikeRule, NearDuplicateRule nearDuplicates) {
        StreamsBuilder builder = new StreamsBuilder();
        addStores(builder);
        KStream<String, Inbound> raw = builder
                .stream(Topics.RAW_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-source"))
                .process(InboundDecoder::raw, Named.as("raw-decoder"));
        KStream<String, Inbound> status = builder
                .stream(Topics.STATUS_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("status-source"))
                .process(InboundDecoder::status, Named.as("status-decoder"));
        KStream<String, Inbound> labels = builder
                .stream(Topics.LABELS_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("labels-source"))
                .process(InboundDecoder::labels, Named.as("labels-decoder"));
        KStream<String, Inbound> ratings = builder
                .stream(Topics.RATINGS_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("ratings-source"))
                .process(InboundDecoder::ratings, Named.as("ratings-decoder"));
        KStream<String, Inbound> reclassify = builder
                .stream(Topics.RECLASSIFY_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("reclassify-source"))
                .process(InboundDecoder::reclassify, Named.as("reclassify-decoder"));
        KStream<String, Inbound> clusters = builder
                .stream(Topics.CLUSTERS_NAME, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("clusters-source"))
                .process(InboundDecoder::clusters, Named.as("clusters-decoder"));
        Map<String, KStream<String, Outcome>> outcomes = raw.merge(status, Named.as("inbound"))
                .merge(labels, Named.as("inbound-labels"))
                .merge(reclassify, Named.as("inbound-reclassify"))
                .merge(ratings, Named.as("inbound-ratings"))
                .merge(clusters, Named.as("inbound-clusters"))
                .process(() -> new FeedbackProcessor(enricher, deadlines, places), Named.as("feedback-processor"),
                        FEEDBACK_STORE, APPLIED_CHANGES_STORE, OPEN_DEADLINES_STORE)
                .split(Named.as(OUTCOME))
                .branch((id, outcome) -> outcome instanceof Outcome.Changed, Branched.as("changed"))
                .branch((id, outcome) -> outcome instanceof Outcome.Raised, Branched.as("raised"))
                .branch((id, outcome) -> outcome instanceof Outcome.Outbound, Branched.as("outbound"))
                .defaultBranch(Branched.as("dead-lettered"));

        KStream<String, EnrichedFeedback> enriched = outcomes.get(OUTCOME + "changed")
                .mapValues(outcome -> ((Outcome.Changed) outcome).feedback(), Named.as("enriched-values"));
        enriched.to(Topics.ENRICHED_NAME, produced(Topics.ENRICHED.valueSerde(), "enriched-sink"));

        addNearDuplicates(enriched, nearDuplicates);
        KStream<String, Alert> spikes = TrendTopology.addTo(builder, enriched, spikeRule);
        outcomes.get(OUTCOME + "raised")
                .map((id, outcome) -> alertRecord(((Outcome.Raised) outcome).alert()), Named.as("feedback-alerts"))
                .merge(spikes, Named.as("alerts"))
                .to(Topics.ALERTS_NAME, produced(Topics.ALERTS.valueSerde(), "alerts-sink"));

        outcomes.get(OUTCOME + "outbound")
                .mapValues(outcome -> ((Outcome.Outbound) outcome).message(), Named.as("outbound-values"))
                .to(Topics.OUTBOX_NAME, produced(Topics.OUTBOX.valueSerde(), "outbox-sink"));

        outcomes.get(OUTCOME + "dead-lettered")
                .process(DeadLetterWriter::new, Named.as("dead-letter-writer"))
                .to(Topics.DLQ_NAME, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dlq-sink"));
        return builder.build();
    }

    /**
     * New feedback goes to the clusterer keyed by unit (so one instance sees a unit's recent feedback
     * whatever partition each came from); its assignments go to feedback.clusters.v1 keyed by
     * feedbackId, which this topology reads back into the feedback processor.
     */
    private static void addNearDuplicates(KStream<String, EnrichedFeedback> enriched, NearDuplicateRule rule) {
        enriched.filter((id, f) -> f.getRevision() == 1 && !f.getSpam(), Named.as("near-duplicate-new-feedback"))
                .selectKey((id, f) -> f.getUnitCode(), Named.as("near-duplicate-by-unit-key"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.ENRICHED.valueSerde())
                        .withName("near-duplicate-by-unit"))
                .process(() -> new NearDuplicateClusterer(rule, NEAR_DUPLICATES_STORE),
                        Named.as("near-duplicate-clusterer"), NEAR_DUPLICATES_STORE)
                .to(Topics.CLUSTERS_NAME, produced(Topics.CLUSTERS.valueSerde(), "clusters-sink"));
    }

    private static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NEAR_DUPLICATES_STORE),
                Serdes.String(), Signature.SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FEEDBACK_STORE),
                Serdes.String(), Topics.ENRICHED.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(APPLIED_CHANGES_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OPEN_DEADLINES_STORE),
                Serdes.String(), Topics.ALERTS.valueSerde()));
    }

    private static org.apache.kafka.streams.KeyValue<String, Alert> alertRecord(Alert alert) {
        return org.apache.kafka.streams.KeyValue.pair(alert.getAlertId(), alert);
    }

    private static <V> Produced<String, V> produced(org.apache.kafka.common.serialization.Serde<V> values, String name) {
        return Produced.with(Serdes.String(), values).withName(name);
    }

    private FeedbackTopology() {
    }
}
