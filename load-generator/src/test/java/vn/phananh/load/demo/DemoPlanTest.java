package vn.phananh.load.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.phananh.load.corpus.Corpus;
import vn.phananh.load.corpus.CorpusMessage;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlanTest {

    private static final Instant ANCHOR = Instant.parse("2026-11-27T03:00:00Z");
    private static final List<DemoPlan.Send> PLAN = DemoPlan.of(Corpus.chat(), Corpus.broad(), new TimeSpread(ANCHOR));

    @Test
    void sendsEveryLineOnceOldestFirst() {
        assertThat(PLAN).hasSize(720);
        assertThat(PLAN).extracting(s -> s.message().id()).doesNotHaveDuplicates();
        assertThat(PLAN).extracting(DemoPlan.Send::occurredAt).isSorted();
    }

    @Test
    void theChatSetBelongsToHungCuongAndKeepsItsChannel() {
        Map<String, DemoPlan.Send> byId = PLAN.stream().collect(Collectors.toMap(s -> s.message().id(), Function.identity()));

        for (CorpusMessage m : Corpus.chat()) {
            DemoPlan.Send s = byId.get(m.id());
            assertThat(s.unitCode()).isEqualTo("xa-hung-cuong");
            switch (m.channel()) {
                case "FACEBOOK" -> assertThat(s.route()).isIn(Route.FACEBOOK_COMMENT, Route.MESSENGER);
                case "ZALO" -> assertThat(s.route()).isEqualTo(Route.ZALO);
                default -> assertThat(s.route()).isEqualTo(Route.DESK);
            }
        }
    }

    @Test
    void theBroadSetIsSplitBetweenBothUnitsAndPlacedMessagesStayInHungCuong() {
        List<DemoPlan.Send> broad = PLAN.stream().filter(s -> s.message().id().startsWith("dvb-")).toList();

        assertThat(broad).filteredOn(s -> s.message().locationId() != null)
                .allSatisfy(s -> assertThat(s.unitCode()).isEqualTo("xa-hung-cuong"));
        long thachThang = broad.stream().filter(s -> s.unitCode().equals("phuong-thach-thang")).count();
        assertThat(thachThang).isBetween(100L, 180L);
        assertThat(broad).filteredOn(s -> "OTHER".equals(s.message().channel()))
                .extracting(DemoPlan.Send::route).containsOnly(Route.API, Route.API_BATCH);
    }

    @Test
    void usesEveryRoute() {
        Map<Route, Long> perRoute = PLAN.stream().collect(Collectors.groupingBy(DemoPlan.Send::route, Collectors.counting()));

        assertThat(perRoute.keySet()).containsExactlyInAnyOrder(Route.values());
        assertThat(perRoute.get(Route.FACEBOOK_COMMENT)).isGreaterThan(perRoute.get(Route.MESSENGER));
    }

    @Test
    void derivesTheSameChannelIdsFromTheSameLine() {
        var first = Senders.comment("dev-0001", "104729385610293", "x", ANCHOR);
        var again = Senders.comment("dev-0001", "104729385610293", "x", ANCHOR);

        assertThat(first).isEqualTo(again);
        assertThat(first.commentId()).matches("\\d{15}_\\d{15}");
        assertThat(first.postId()).startsWith("104729385610293_").isEqualTo(first.parentId());
        assertThat(first.fromId()).matches("\\d{16}");
        assertThat(Senders.zalo("dev-0001", "x", ANCHOR).msgId()).matches("[0-9a-f]{20}")
                .isNotEqualTo(Senders.zalo("dev-0002", "x", ANCHOR).msgId());
        assertThat(Senders.messenger("dev-0001", "x", ANCHOR).mid()).startsWith("m_");
        assertThat(Senders.desk("dev-0001", "x", ANCHOR).idempotencyKey()).isEqualTo("demo-dev-0001");
        assertThat(Senders.api("dev-0001", null, "x", ANCHOR).messageId()).isEqualTo("demo-dev-0001");
    }
}
