package vn.phananh.processor.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.Place;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusChange;
import vn.phananh.processor.enrich.Enrichment;
import vn.phananh.processor.status.StatusTransitions;
import vn.phananh.processor.trends.Alerts;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.schema.MessageLog;

/**
 * Keeps the current state of every feedback of its partitions and turns each raw message and each
 * staff action, label correction and reclassification replay into the next state (revision + 1),
 * an alert, or a dead letter. They meet here because all four topics are keyed by feedbackId and
 * co-partitioned.
 */
final class FeedbackProcessor implements Processor<String, Inbound, String, Outcome> {

    private static final Logger log = LoggerFactory.getLogger(FeedbackProcessor.class);
    static final Duration OVERDUE_CHECK_INTERVAL = Duration.ofMinutes(1);

    private final FeedbackEnricher enricher;
    private final DeadlinePolicy deadlines;
    private final PlaceDirectory places;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, EnrichedFeedback> feedback;
    private AppliedChanges appliedChanges;
    private OpenDeadlines openDeadlines;

    FeedbackProcessor(FeedbackEnricher enricher, DeadlinePolicy deadlines, PlaceDirectory places) {
        this.enricher = enricher;
        this.deadlines = deadlines;
        this.places = places;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.feedback = context.getStateStore(FeedbackTopology.FEEDBACK_STORE);
        this.appliedChanges = new AppliedChanges(context.getStateStore(FeedbackTopology.APPLIED_CHANGES_STORE));
        this.openDeadlines = new OpenDeadlines(context.getStateStore(FeedbackTopology.OPEN_DEADLINES_STORE));
        // Stream time, not wall-clock: a replay raises the same overdue alerts at the same moments.
        context.schedule(OVERDUE_CHECK_INTERVAL, PunctuationType.STREAM_TIME, this::raiseOverdue);
    }

    /**
     * Each line logged while a record is processed, here and downstream (trends, alerts, dead
     * letters run in the same call), names its feedback and unit. A rejected record's key is left
     * out: it was never validated and could hold anything.
     */
    @Override
    public void process(Record<String, Inbound> record) {
        if (record.value() instanceof Inbound.Rejected rejected) {
            deadLetter(record, rejected.deadLetter());
            return;
        }
        try (var scope = MessageLog.of(record.key(), unitOf(record.value()))) {
            switch (record.value()) {
                case Inbound.RawArrived arrived -> onRaw(record, arrived);
                case Inbound.StatusArrived arrived -> onStatus(record, arrived);
                case Inbound.LabelsArrived arrived -> onLabels(record, arrived);
                case Inbound.ReclassifyArrived arrived -> onReclassify(record, arrived);
                case Inbound.RatingArrived arrived -> onRating(record, arrived);
                case Inbound.ClusterArrived arrived -> onCluster(record, arrived);
                case Inbound.Rejected rejected -> deadLetter(record, rejected.deadLetter());
            }
        }
    }

    private static String unitOf(Inbound inbound) {
        return switch (inbound) {
            case Inbound.RawArrived arrived -> arrived.raw().getUnitCode();
            case Inbound.StatusArrived arrived -> arrived.change().getUnitCode();
            case Inbound.LabelsArrived arrived -> arrived.correction().getUnitCode();
            case Inbound.ReclassifyArrived arrived -> arrived.raw().getUnitCode();
            case Inbound.RatingArrived arrived -> arrived.rating().getUnitCode();
            case Inbound.ClusterArrived arrived -> arrived.assignment().getUnitCode();
            case Inbound.Rejected rejected -> null;
        };
    }

    private void onRaw(Record<String, Inbound> record, Inbound.RawArrived arrived) {
        RawFeedback raw = arrived.raw();
        EnrichedFeedback current = feedback.get(record.key());
        if (raw.getAnonymisedAt() != null && current != null) {
            anonymise(record, raw, current);
            return;
        }
        switch (raw.getChange()) {
            case ADD -> {
                if (current == null) {
                    intake(record, arrived);
                }
                else {
                    log.debug("Feedback {} delivered again; no new state", raw.getFeedbackId());
                }
            }
            case EDIT -> {
                if (current == null) {
                    intake(record, arrived);
                }
                else {
                    edit(record, arrived, current);
                }
            }
            case REMOVE -> withdraw(record, arrived, current);
        }
    }

    /**
     * The anonymised revision {@code ./pipeline retention} wrote with the same key: not a new
     * feedback nor an edit, the current state loses its personal data (once; a second one changes
     * nothing). Without a current state (a replay of the compacted topic) it is taken in as it is,
     * already without personal data.
     */
    private void anonymise(Record<String, Inbound> record, RawFeedback raw, EnrichedFeedback current) {
        if (current.getAnonymisedAt() != null) {
            return;
        }
        save(record, FeedbackStates.anonymised(current, raw.getAnonymisedAt(), now()));
        log.info("Personal data removed after the unit's retention period");
    }

    private void intake(Record<String, Inbound> record, Inbound.RawArrived arrived) {
        Optional<Enrichment> enrichment = enrich(record, arrived);
        if (enrichment.isEmpty()) {
            return;
        }
        Enrichment e = enrichment.get();
        RawFeedback raw = arrived.raw();
        Instant deadline = deadlines.dueAt(raw.getUnitCode(), e.kind(), e.topic().getTopic(), e.urgent(),
                FeedbackClock.openedAt(raw.getOccurredAt(), raw.getReceivedAt()));
        EnrichedFeedback state = FeedbackStates.intake(raw, e, deadline, now());
        save(record, state);
        log.info("Took in feedback: {}, {}{}", e.topic().getTopic(), e.kind(), e.urgent() ? ", urgent" : "");
        // Spam owes no answer, so it is not watched for the deadline.
        if (deadline != null && !state.getSpam()) {
            openDeadlines.watch(state);
        }
        if (state.getUrgent()) {
            raise(record, Alerts.urgent(state, streamTime(record)));
        }
    }

    private void edit(Record<String, Inbound> record, Inbound.RawArrived arrived, EnrichedFeedback current) {
        Optional<Enrichment> enrichment = enrich(record, arrived);
        if (enrichment.isEmpty() || FeedbackStates.sameContent(current, arrived.raw(), enrichment.get())) {
            return;
        }
        EnrichedFeedback state = FeedbackStates.edited(current, arrived.raw(), enrichment.get(), now());
        save(record, state);
        log.info("Took in an edit, revision {}", state.getRevision());
        if (state.getUrgent() && !current.getUrgent()) {
            raise(record, Alerts.urgent(state, streamTime(record)));
        }
    }

    private void withdraw(Record<String, Inbound> record, Inbound.RawArrived arrived, EnrichedFeedback current) {
        if (current == null) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_VALIDATE, "removal of an unknown feedback"));
            return;
        }
        if (current.getStatus() == Status.WITHDRAWN) {
            return;
        }
        openDeadlines.forget(current);
        save(record, FeedbackStates.withdrawn(current, arrived.raw(), now()));
        log.info("The author withdrew the feedback");
    }

    private void onStatus(Record<String, Inbound> record, Inbound.StatusArrived arrived) {
        StatusChange change = arrived.change();
        EnrichedFeedback current = feedback.get(record.key());
        // Staff act on feedback they found in the index, so an unknown id is an error to look at,
        // not a race to wait out: it goes to the dead letters (replayable from there).
        if (current == null) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_STATUS, "status change for an unknown feedback"));
            return;
        }
        if (!current.getUnitCode().equals(change.getUnitCode())) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_STATUS, "unitCode differs from the feedback's unit"));
            return;
        }
        if (!appliedChanges.markApplied(record.key(), change.getChangeId())) {
            return;
        }
        StatusTransitions.apply(current, change, now()).ifPresent(next -> {
            if (StatusTransitions.settled(next.getStatus())) {
                openDeadlines.forget(next);
            }
            save(record, next);
            log.info("Applied {}: now {}", change.getAction(), next.getStatus());
            OutboundMessages.after(current, next, change)
                    .ifPresent(message -> context.forward(record.withValue(new Outcome.Outbound(message))));
        });
    }

    private void onLabels(Record<String, Inbound> record, Inbound.LabelsArrived arrived) {
        LabelCorrection correction = arrived.correction();
        EnrichedFeedback current = feedback.get(record.key());
        if (current == null) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_LABELS, "label correction for an unknown feedback"));
            return;
        }
        if (!current.getUnitCode().equals(correction.getUnitCode())) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_LABELS, "unitCode differs from the feedback's unit"));
            return;
        }
        String placeId = correction.getAfter().getPlaceId();
        Optional<Place> place = placeId == null || placeId.isEmpty() ? Optional.empty()
                : places.place(current.getUnitCode(), placeId);
        if (placeId != null && !placeId.isEmpty() && place.isEmpty()) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_LABELS, "unknown place " + placeId + " in the unit"));
            return;
        }
        if (!appliedChanges.markApplied(record.key(), correction.getCorrectionId())) {
            return;
        }
        EnrichedFeedback next = withDeadlineFollowingLabels(current, FeedbackLabels.corrected(current, correction, place.orElse(null)));
        save(record, next);
        if (next.getUrgent() && !current.getUrgent()) {
            context.forward(record.withValue(new Outcome.Raised(Alerts.urgent(next, streamTime(record)))));
        }
    }

    /**
     * A citizen's rating of the answer: the current one replaces the earlier, all stay in the
     * history. A rating of an unknown or unanswered feedback is a dead letter (the API refuses those first).
     */
    private void onRating(Record<String, Inbound> record, Inbound.RatingArrived arrived) {
        vn.phananh.avro.Rating rating = arrived.rating();
        EnrichedFeedback current = feedback.get(record.key());
        String problem = current == null ? "rating of an unknown feedback"
                : !current.getUnitCode().equals(rating.getUnitCode()) ? "unitCode differs from the feedback's unit"
                : current.getAnswer() == null ? "rating of a feedback not answered yet" : null;
        if (problem != null) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_RATINGS, problem));
            return;
        }
        if (!appliedChanges.markApplied(record.key(), rating.getRatingId())) {
            return;
        }
        save(record, Ratings.rated(current, rating, now()));
        log.info("Rated by the citizen: {}", rating.getSatisfied() ? "satisfied" : "not satisfied");
    }

    /**
     * While a first answer is still owed, a corrected kind, topic or urgency moves the deadline the
     * way it would have been set at intake; once answered, the deadline is history and stays.
     */
    private EnrichedFeedback withDeadlineFollowingLabels(EnrichedFeedback current, EnrichedFeedback next) {
        if (StatusTransitions.settled(current.getStatus()) || current.getDeadline() == null || current.getSpam()) {
            return next;
        }
        Instant due = deadlines.dueAt(next.getUnitCode(), next.getKind(), next.getTopic().getTopic(),
                next.getUrgent(), FeedbackClock.openedAt(next.getOccurredAt(), next.getReceivedAt()));
        if (due == null || due.equals(current.getDeadline())) {
            return next;
        }
        openDeadlines.forget(current);
        EnrichedFeedback moved = EnrichedFeedback.newBuilder(next).setDeadline(due).build();
        openDeadlines.watch(moved);
        return moved;
    }

    /**
     * A replay of the raw topic through the promoted model: only the latest text of a feedback is
     * classified again (older revisions of an edited message are skipped), and a feedback already
     * labelled by this model version is left alone, so running reclassify twice changes nothing.
     */
    private void onReclassify(Record<String, Inbound> record, Inbound.ReclassifyArrived arrived) {
        EnrichedFeedback current = feedback.get(record.key());
        if (current == null || arrived.raw().getChange() == vn.phananh.avro.ChangeType.REMOVE) {
            return;
        }
        Optional<Enrichment> enrichment = enrich(record, arrived.raw(), arrived.source());
        if (enrichment.isEmpty()) {
            return;
        }
        Enrichment e = enrichment.get();
        if (!current.getMaskedText().equals(e.maskedText()) || current.getClassifierVersion().equals(e.classifierVersion())) {
            return;
        }
        save(record, FeedbackStates.reclassified(current, e, now()));
    }

    /**
     * The clusterer found near-duplicates: the cluster id is stored on the feedback (revision + 1),
     * nothing else changes. The same assignment again changes nothing.
     */
    private void onCluster(Record<String, Inbound> record, Inbound.ClusterArrived arrived) {
        var assignment = arrived.assignment();
        EnrichedFeedback current = feedback.get(record.key());
        if (current == null || !current.getUnitCode().equals(assignment.getUnitCode())) {
            deadLetter(record, new DeadLetter(arrived.source(), DeadLetter.STAGE_CLUSTER,
                    current == null ? "cluster assignment for an unknown feedback" : "unitCode differs from the feedback's unit"));
            return;
        }
        if (assignment.getClusterId().equals(current.getClusterId())) {
            return;
        }
        save(record, EnrichedFeedback.newBuilder(current).setClusterId(assignment.getClusterId())
                .setRevision(current.getRevision() + 1).build());
        // The one line of a near-duplicate (the clusterer logs at debug only): a line per message costs.
        if (assignment.getMatchedFeedbackId() == null) {
            log.info("In near-duplicate cluster {}", assignment.getClusterId());
        }
        else {
            log.info("In near-duplicate cluster {}, like {} (similarity {})", assignment.getClusterId(),
                    assignment.getMatchedFeedbackId(), Math.round(assignment.getSimilarity() * 100) / 100.0);
        }
    }

    private Optional<Enrichment> enrich(Record<String, Inbound> record, Inbound.RawArrived arrived) {
        return enrich(record, arrived.raw(), arrived.source());
    }

    private Optional<Enrichment> enrich(Record<String, Inbound> record, RawFeedback raw, SourceRecord source) {
        try {
            return Optional.of(enricher.enrich(raw));
        }
        catch (RuntimeException ex) {
            // One text the enricher cannot handle must not stop the pipeline; the exception class
            // is logged, never the text.
            log.warn("Enrichment failed for feedback {}: {}", record.key(), ex.getClass().getName());
            deadLetter(record, new DeadLetter(source, DeadLetter.STAGE_ENRICH, ex.toString()));
            return Optional.empty();
        }
    }

    private void raiseOverdue(long streamTime) {
        for (var alert : openDeadlines.takeDue(Instant.ofEpochMilli(streamTime))) {
            alert.setRaisedAt(Instant.ofEpochMilli(streamTime));
            try (var scope = MessageLog.of(alert.getFeedbackId(), alert.getUnitCode())) {
                raise(new Record<>(alert.getFeedbackId(), null, streamTime), alert);
            }
        }
    }

    private void raise(Record<String, ?> record, Alert alert) {
        log.info("Raised {} alert {}", alert.getType(), alert.getAlertId());
        context.forward(new Record<>(record.key(), new Outcome.Raised(alert), record.timestamp(), record.headers()));
    }

    private void save(Record<String, Inbound> record, EnrichedFeedback state) {
        feedback.put(record.key(), state);
        context.forward(record.withValue(new Outcome.Changed(state)));
    }

    private void deadLetter(Record<String, Inbound> record, DeadLetter deadLetter) {
        context.forward(record.withValue(new Outcome.DeadLettered(deadLetter)));
    }

    private static Instant streamTime(Record<?, ?> record) {
        return Instant.ofEpochMilli(record.timestamp());
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
