package vn.phananh.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

import vn.phananh.processor.trends.SpikeRule;

/**
 * Pins the names of stores and internal topics: renaming one would orphan its changelog or
 * repartition topic on the next deployment, so a rename must be a deliberate change of this test.
 */
class TopologyNamesTest {

    private final TopologyDescription description =
            FeedbackTopology.build(new FakeEnricher(), TopologyFixture.THREE_DAYS, TopologyFixture.PLACES,
                    SpikeRule.defaults()).describe();

    @Test
    void pinsStateStoreNames() {
        Set<String> stores = new TreeSet<>();
        nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Processor processor) {
                stores.addAll(processor.stores());
            }
        });
        assertThat(stores).containsExactly(
                "applied-changes-store", "feedback-store", "near-duplicates-store", "open-deadlines-store",
                "spike-raised-store", "trend-hourly-store");
    }

    @Test
    void pinsInternalTopicNames() {
        Set<String> topics = new TreeSet<>();
        nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Sink sink) {
                topics.add(sink.topic());
            }
            if (node instanceof TopologyDescription.Source source) {
                topics.addAll(source.topicSet());
            }
        });
        assertThat(topics).containsExactly(
                "feedback.alerts.v1", "feedback.clusters.v1", "feedback.dlq.v1", "feedback.enriched.v1", "feedback.labels.v1",
                "feedback.outbox.v1", "feedback.ratings.v1", "feedback.raw.v1", "feedback.reclassify.v1", "feedback.status.v1",
                "near-duplicate-by-unit-repartition", "trend-increments-by-unit-topic-repartition");
    }

    @Test
    void leavesNoNodeWithAGeneratedName() {
        assertThat(nodes()).extracting(TopologyDescription.Node::name)
                .noneMatch(name -> name.startsWith("KSTREAM-") || name.startsWith("KTABLE-"));
    }

    private Collection<TopologyDescription.Node> nodes() {
        return description.subtopologies().stream().flatMap(sub -> sub.nodes().stream()).toList();
    }
}
