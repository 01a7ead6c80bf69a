package vn.phananh.processor.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.processor.topology.FakeEnricher;
import vn.phananh.processor.topology.TopologyFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The clusterer in the exactly-once topology, on TopologyTestDriver: assignments go out and come back. */
class NearDuplicatesTopologyTest {

    private static final Instant T0 = Instant.parse("2025-11-03T01:00:00Z");

    @Test
    void aNearDuplicateFormsAClusterAroundTheFirstAndBothCarryIt() {
        try (TopologyFixture f = fixture()) {
            f.send(TopologyFixture.feedback("f-1", "Đường vào thôn bị ngập sâu, xe máy không đi qua được", T0));
            f.send(TopologyFixture.feedback("f-2", "Trường học cần thêm bàn ghế cho học sinh lớp một", T0.plusSeconds(60)));
            f.send(TopologyFixture.feedback("f-3", "duong vao thon ngap sau qua, xe may ko di qua duoc", T0.plusSeconds(120)));

            List<ClusterAssignment> assignments = f.clusters.readValuesToList();
            assertThat(assignments).extracting(ClusterAssignment::getFeedbackId).containsExactly("f-1", "f-3");
            assertThat(assignments).extracting(ClusterAssignment::getClusterId).containsOnly("c-f-1");
            assertThat(assignments.get(1).getMatchedFeedbackId()).isEqualTo("f-1");
            assertThat(assignments.get(1).getSimilarity()).isBetween(0.40, 1.0);
            Map<String, EnrichedFeedback> latest = latest(f.enrichedValues());
            assertThat(latest.get("f-1").getClusterId()).isEqualTo("c-f-1");
            assertThat(latest.get("f-1").getRevision()).isEqualTo(2);
            assertThat(latest.get("f-3").getClusterId()).isEqualTo("c-f-1");
            assertThat(latest.get("f-2").getClusterId()).isNull();
            assertThat(latest.get("f-2").getRevision()).isEqualTo(1);
        }
    }

    @Test
    void laterNearDuplicatesJoinTheSameClusterOnce() {
        try (TopologyFixture f = fixture()) {
            f.send(TopologyFixture.feedback("f-1", "Rác thải đổ bừa bãi ở đầu ngõ, bốc mùi hôi thối", T0));
            f.send(TopologyFixture.feedback("f-2", "Rác thải đổ bừa bãi đầu ngõ bốc mùi hôi thối quá", T0.plusSeconds(60)));
            f.send(TopologyFixture.feedback("f-3", "rac thai do bua bai o dau ngo, boc mui hoi", T0.plusSeconds(120)));
            // Delivered again: nothing new.
            f.send(TopologyFixture.feedback("f-3", "rac thai do bua bai o dau ngo, boc mui hoi", T0.plusSeconds(120)));

            assertThat(f.clusters.readValuesToList()).extracting(a -> a.getFeedbackId() + "@" + a.getClusterId())
                    .containsExactly("f-1@c-f-1", "f-2@c-f-1", "f-3@c-f-1");
            assertThat(latest(f.enrichedValues()).values()).extracting(EnrichedFeedback::getClusterId).containsOnly("c-f-1");
        }
    }

    @Test
    void anotherUnitOrOutsideTheWindowIsNeverTheSameProblem() {
        try (TopologyFixture f = fixture()) {
            f.send(TopologyFixture.feedback("f-1", "Đèn đường trước cổng chợ bị hỏng, tối đi lại nguy hiểm", T0));
            RawFeedback otherUnit = RawFeedback.newBuilder(
                    TopologyFixture.feedback("f-2", "Đèn đường trước cổng chợ bị hỏng, tối đi lại nguy hiểm", T0.plusSeconds(60)))
                    .setUnitCode("phuong-khac").build();
            f.send(otherUnit);
            f.send(TopologyFixture.feedback("f-3", "Đèn đường trước cổng chợ bị hỏng, tối đi lại nguy hiểm",
                    T0.plus(Duration.ofDays(15))));

            assertThat(f.clusters.readValuesToList()).isEmpty();
            assertThat(latest(f.enrichedValues()).values()).extracting(EnrichedFeedback::getClusterId).containsOnlyNulls();
        }
    }

    @Test
    void spamAndEditsAreNotClustered() {
        try (TopologyFixture f = fixture()) {
            f.send(TopologyFixture.feedback("f-1", "quảng cáo vay tiền nhanh lãi suất thấp gọi ngay", T0));
            f.send(TopologyFixture.feedback("f-2", "quảng cáo vay tiền nhanh lãi suất thấp gọi ngay nhé", T0.plusSeconds(60)));
            assertThat(f.clusters.readValuesToList()).isEmpty();
        }
    }

    private static TopologyFixture fixture() {
        return new TopologyFixture(new FakeEnricher(), NearDuplicateRule.defaults());
    }

    private static Map<String, EnrichedFeedback> latest(List<EnrichedFeedback> values) {
        return values.stream().collect(Collectors.toMap(EnrichedFeedback::getFeedbackId, v -> v, (a, b) -> b));
    }
}
