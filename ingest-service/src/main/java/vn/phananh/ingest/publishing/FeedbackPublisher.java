package vn.phananh.ingest.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import vn.phananh.avro.Channel;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.Rating;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.schema.MessageLog;
import vn.phananh.schema.RatingReplies;
import vn.phananh.schema.Topics;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.web.ProblemType;

/**
 * Produces what a request carries and returns only when Kafka acknowledged every record, within a
 * bounded time; otherwise it throws {@link ProblemType#KAFKA_UNAVAILABLE} and the caller answers 503.
 * Redeliveries seen recently are answered without producing again.
 */
@Component
public class FeedbackPublisher {

    private static final Logger log = LoggerFactory.getLogger(FeedbackPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final IngestMetrics metrics;
    private final Duration ackTimeout;
    private final FeedbackLimits limits;
    private final RecentDeliveries recent;
    private final TrackingCodes trackingCodes;

    public FeedbackPublisher(KafkaTemplate<String, byte[]> kafka, IngestMetrics metrics, IngestProperties properties) {
        this.kafka = kafka;
        this.metrics = metrics;
        this.ackTimeout = properties.publishing().ackTimeout();
        IngestProperties.Limits l = properties.limits();
        this.limits = new FeedbackLimits(l.maxTextLength(), l.maxAttachments(), l.maxFieldLength());
        this.recent = new RecentDeliveries(properties.publishing().recentDeliveries());
        this.trackingCodes = new TrackingCodes(properties.tracking().key());
    }

    /** Stores every item that is feedback or a channel event; the report says what became of each. */
    public PublishReport publish(Channel channel, List<? extends Intake> items) {
        long started = System.nanoTime();
        ItemOutcome[] outcomes = new ItemOutcome[items.size()];
        List<Pending> pending = new ArrayList<>();
        Map<String, Integer> inRequest = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            outcomes[i] = switch (items.get(i)) {
                case Intake.Feedback f -> prepare(channel, f, inRequest, pending, i);
                case Intake.Event e -> send(channel, e.value(), pending, i);
                case Intake.Rated r -> rate(channel, r, pending, i);
                case Intake.Skipped s -> ItemOutcome.skipped(s.reason());
                case Intake.Rejected r -> ItemOutcome.rejected(null, r.reason(), r.detail());
            };
        }
        awaitAcknowledgements(channel, pending, started);
        if (!pending.isEmpty()) {
            metrics.produceLatency(channel).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        pending.forEach(p -> p.remember(recent));
        pending.forEach(p -> p.logStored(channel));
        List<ItemOutcome> report = List.of(outcomes);
        report.forEach(o -> count(channel, o));
        return new PublishReport(report);
    }

    private ItemOutcome prepare(Channel channel, Intake.Feedback item, Map<String, Integer> inRequest,
            List<Pending> pending, int index) {
        try (var scope = MessageLog.of(item.value().getFeedbackId(), item.value().getUnitCode())) {
            return prepareInScope(channel, item, inRequest, pending, index);
        }
    }

    private ItemOutcome prepareInScope(Channel channel, Intake.Feedback item, Map<String, Integer> inRequest,
            List<Pending> pending, int index) {
        RawFeedback feedback = item.value();
        String id = feedback.getFeedbackId();
        // Derived from the id, so a redelivery or a double submit gets the code given the first time.
        String code = trackingCodes.codeOf(feedback.getUnitCode(), id);
        feedback.setTrackingCode(code);
        var violation = limits.violation(feedback);
        if (violation.isPresent()) {
            return ItemOutcome.rejected(id, violation.get(), "The message breaks the limit " + violation.get());
        }
        String key = id + '|' + feedback.getChange();
        int fingerprint = fingerprint(feedback);
        Integer earlier = inRequest.putIfAbsent(key, fingerprint);
        RecentDeliveries.Seen seen = earlier == null ? recent.check(key, fingerprint)
                : earlier == fingerprint ? RecentDeliveries.Seen.SAME : RecentDeliveries.Seen.DIFFERENT;
        if (seen == RecentDeliveries.Seen.SAME) {
            return ItemOutcome.stored(ItemOutcome.Status.DUPLICATE, id, code);
        }
        if (seen == RecentDeliveries.Seen.DIFFERENT && item.callerKeyed()) {
            return ItemOutcome.rejected(id, ProblemType.IDEMPOTENCY_CONFLICT.slug(),
                    "The id was already used for a different message");
        }
        byte[] value = Topics.RAW.valueSerde().serializer().serialize(Topics.RAW_NAME, feedback);
        pending.add(new Pending(send(channel, Topics.RAW_NAME, id, value), key, fingerprint, index, id,
                feedback.getUnitCode(), "feedback"));
        return ItemOutcome.stored(ItemOutcome.Status.ACCEPTED, id, code);
    }

    private ItemOutcome send(Channel channel, ChannelEvent event, List<Pending> pending, int index) {
        byte[] value = Topics.CHANNEL_EVENTS.valueSerde().serializer().serialize(Topics.CHANNEL_EVENTS_NAME, event);
        pending.add(new Pending(send(channel, Topics.CHANNEL_EVENTS_NAME, event.getUnitCode(), value), null, 0, index,
                null, event.getUnitCode(), "channel event"));
        return new ItemOutcome(ItemOutcome.Status.RECORDED, event.getEventId(), event.getType().name(), null);
    }

    /**
     * A rating tapped in a chat, stored on the ratings topic keyed by the feedback it rates (the
     * processor joins it there). Only a pair of code and feedbackId this deployment issued is taken;
     * the rating's id comes from the platform's id of the tap, so a redelivery is applied once.
     */
    private ItemOutcome rate(Channel channel, Intake.Rated item, List<Pending> pending, int index) {
        RatingReplies.Reply reply = item.reply();
        if (!trackingCodes.codeOf(item.unitCode(), reply.feedbackId()).equals(reply.trackingCode())) {
            return ItemOutcome.rejected(null, "rating-code-mismatch",
                    "The rating's tracking code was not issued for the feedback it names");
        }
        Rating rating = Rating.newBuilder()
                .setRatingId(FeedbackIds.of(item.channel(), item.sourceAccount(), item.externalId()))
                .setFeedbackId(reply.feedbackId()).setUnitCode(item.unitCode()).setSatisfied(reply.satisfied())
                .setScore(null).setComment(null).setSource(item.channel() == Channel.ZALO ? "zalo" : "messenger")
                .setAt(item.at()).build();
        byte[] value = Topics.RATINGS.valueSerde().serializer().serialize(Topics.RATINGS_NAME, rating);
        pending.add(new Pending(send(channel, Topics.RATINGS_NAME, reply.feedbackId(), value), null, 0, index,
                reply.feedbackId(), item.unitCode(), "rating"));
        return new ItemOutcome(ItemOutcome.Status.RECORDED, rating.getRatingId(), "rating", null, reply.trackingCode());
    }

    private CompletableFuture<?> send(Channel channel, String topic, String key, byte[] value) {
        try {
            return kafka.send(topic, key, value);
        }
        catch (KafkaException | org.springframework.kafka.KafkaException ex) {
            // max.block.ms elapsed without metadata: the broker is unreachable.
            throw unavailable(channel, ex);
        }
    }

    private void awaitAcknowledgements(Channel channel, List<Pending> pending, long started) {
        long deadline = started + ackTimeout.toNanos();
        for (Pending p : pending) {
            try {
                p.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException | ExecutionException ex) {
                throw unavailable(channel, ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw unavailable(channel, ex);
            }
        }
    }

    private IngestException unavailable(Channel channel, Exception ex) {
        Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        log.warn("Kafka did not acknowledge a {} request in time: {}", channel, cause.getClass().getSimpleName());
        return new IngestException(ProblemType.KAFKA_UNAVAILABLE, channel, "Kafka did not acknowledge the message in time");
    }

    private void count(Channel channel, ItemOutcome outcome) {
        switch (outcome.status()) {
            case ACCEPTED -> metrics.accepted(channel);
            case DUPLICATE -> metrics.duplicate(channel);
            case RECORDED -> metrics.event(channel, outcome.reason());
            case SKIPPED -> metrics.skipped(channel, outcome.reason());
            case REJECTED -> metrics.rejected(channel, outcome.reason());
        }
    }

    /** The content of a delivery without the time it was received, to tell a redelivery from an edit. */
    private static int fingerprint(RawFeedback f) {
        return Objects.hash(f.getUnitCode(), f.getText(), f.getAuthor(), f.getAttachments(), f.getThreadId(),
                f.getParentId(), f.getOccurredAt(), f.getRecordedBy(), f.getAttributes());
    }

    /** A record sent and not yet acknowledged; {@code feedbackId} is null for a channel event. */
    private record Pending(CompletableFuture<?> ack, String key, int fingerprint, int index, String feedbackId,
            String unit, String what) {

        /** One line per stored message, named by its id and unit in the log context, never by its text. */
        void logStored(Channel channel) {
            try (var scope = MessageLog.of(feedbackId, unit)) {
                log.info("Stored {} {}", channel, what);
            }
        }

        void remember(RecentDeliveries recent) {
            if (key != null) {
                recent.remember(key, fingerprint);
            }
        }
    }
}
