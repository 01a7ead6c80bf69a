package vn.phananh.search.channels;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.ChannelEventType;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow and unfollow events from {@code channel.events.v1}, through the real broker into the real
 * node, counted per unit and channel: a redelivered event counts once, other event types not at all,
 * and staff see their own unit only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowersTest extends ApiTestBase {

    /** A past week of its own, away from other tests of the shared stack. */
    final Instant start = Instant.parse("2023-01-02T00:00:00Z").plus((long) (Math.random() * 300) * 7, ChronoUnit.DAYS);
    final Instant end = start.plus(Duration.ofDays(7));
    final String run = Feedbacks.newId().substring(0, 8);

    @BeforeAll
    void seed() {
        ChannelEvent redelivered = event("a-1", Feedbacks.UNIT_A, Channel.ZALO, ChannelEventType.FOLLOW, 1);
        stack.sendChannelEvents(redelivered, redelivered,
                event("a-2", Feedbacks.UNIT_A, Channel.ZALO, ChannelEventType.FOLLOW, 2),
                event("a-3", Feedbacks.UNIT_A, Channel.ZALO, ChannelEventType.FOLLOW, 3),
                event("a-4", Feedbacks.UNIT_A, Channel.ZALO, ChannelEventType.UNFOLLOW, 4),
                event("a-5", Feedbacks.UNIT_A, Channel.ZALO, ChannelEventType.SEEN, 4),
                event("a-6", Feedbacks.UNIT_A, Channel.FACEBOOK, ChannelEventType.UNFOLLOW, 5),
                event("b-1", Feedbacks.UNIT_B, Channel.ZALO, ChannelEventType.FOLLOW, 2),
                // After the period: not counted in it.
                event("a-7", Feedbacks.UNIT_A, Channel.ZALO, ChannelEventType.FOLLOW, 9));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> followers(SUPERVISOR).size() == 3);
    }

    @Test
    void countsGainedAndLostPerUnitAndChannelOnceEach() {
        JsonNode all = followers(SUPERVISOR);
        assertThat(all).hasSize(3);
        JsonNode zaloA = find(all, Feedbacks.UNIT_A, "ZALO");
        assertThat(zaloA.get("gained").asLong()).isEqualTo(3);
        assertThat(zaloA.get("lost").asLong()).isEqualTo(1);
        assertThat(zaloA.get("net").asLong()).isEqualTo(2);
        JsonNode facebookA = find(all, Feedbacks.UNIT_A, "FACEBOOK");
        assertThat(facebookA.get("gained").asLong()).isZero();
        assertThat(facebookA.get("net").asLong()).isEqualTo(-1);
        assertThat(find(all, Feedbacks.UNIT_B, "ZALO").get("gained").asLong()).isEqualTo(1);
    }

    @Test
    void staffSeeTheirOwnUnitOnly() {
        JsonNode a = followers(STAFF_A);
        assertThat(a).hasSize(2).allSatisfy(row -> assertThat(row.get("unitCode").asString()).isEqualTo(Feedbacks.UNIT_A));
        assertThat(followers(STAFF_B)).singleElement()
                .satisfies(row -> assertThat(row.get("unitCode").asString()).isEqualTo(Feedbacks.UNIT_B));
    }

    @Test
    void anEmptyOrUnreadablePeriodIsAProblemNotAnError() {
        Response backwards = get("/api/v1/channels/followers?from=" + end + "&to=" + start, SUPERVISOR);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        Response garbled = get("/api/v1/channels/followers?from=yesterday", SUPERVISOR);
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body()).doesNotContain("Exception");
        assertThat(get("/api/v1/channels/followers", null).status()).isEqualTo(401);
    }

    private JsonNode followers(String user) {
        return get("/api/v1/channels/followers?from=" + start + "&to=" + end, user).json();
    }

    private static JsonNode find(JsonNode rows, String unit, String channel) {
        for (JsonNode row : rows) {
            if (row.get("unitCode").asString().equals(unit) && row.get("channel").asString().equals(channel)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit + "/" + channel + " in " + rows);
    }

    private ChannelEvent event(String id, String unit, Channel channel, ChannelEventType type, int day) {
        Instant at = start.plus(Duration.ofDays(day)).minusSeconds(3600);
        return ChannelEvent.newBuilder().setEventId(run + "-" + id).setUnitCode(unit).setChannel(channel)
                .setSourceAccount("oa-" + unit).setType(type).setUserId("user-" + id).setOccurredAt(at).setReceivedAt(at)
                .build();
    }
}
