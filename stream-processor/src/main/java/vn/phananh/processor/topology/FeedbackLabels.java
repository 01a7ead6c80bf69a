package vn.phananh.processor.topology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.avro.LabelStep;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;

/**
 * Labels set by people: a staff correction applied to a feedback, and the rule that a human label
 * survives every later re-classification (an edit of the text, a new model).
 */
final class FeedbackLabels {

    static final String TOPIC = "topic";
    static final String SECONDARY_TOPICS = "secondaryTopics";
    static final String KIND = "kind";
    static final String SENTIMENT = "sentiment";
    static final String URGENT = "urgent";
    static final String PLACE = "place";
    /** The reason stored with an urgency staff set. */
    static final String URGENT_BY_STAFF = "staff";

    private FeedbackLabels() {
    }

    /**
     * The feedback with the corrected labels (confidence 1), the corrected names added to its human
     * labels and the step appended to its label history. {@code place} is the gazetteer place of a
     * corrected placeId (null when the correction leaves the place alone or clears it).
     */
    static EnrichedFeedback corrected(EnrichedFeedback current, LabelCorrection correction, Place place) {
        LabelSet after = correction.getAfter();
        EnrichedFeedback.Builder next = EnrichedFeedback.newBuilder(current).setRevision(current.getRevision() + 1);
        Set<String> human = new LinkedHashSet<>(current.getHumanLabels());
        if (after.getTopic() != null) {
            next.setTopic(new TopicScore(after.getTopic(), 1.0));
            next.setSecondaryTopics(current.getSecondaryTopics().stream()
                    .filter(t -> t.getTopic() != after.getTopic()).toList());
            human.add(TOPIC);
        }
        if (after.getSecondaryTopics() != null) {
            Topic primary = next.getTopic().getTopic();
            next.setSecondaryTopics(after.getSecondaryTopics().stream().distinct()
                    .filter(t -> t != primary && t != Topic.OTHER).map(t -> new TopicScore(t, 1.0)).toList());
            human.add(SECONDARY_TOPICS);
        }
        if (after.getKind() != null) {
            next.setKind(after.getKind()).setKindConfidence(1.0);
            human.add(KIND);
        }
        if (after.getSentiment() != null) {
            next.setSentiment(after.getSentiment()).setSentimentConfidence(1.0);
            human.add(SENTIMENT);
        }
        if (after.getUrgent() != null) {
            next.setUrgent(after.getUrgent()).setUrgentConfidence(1.0)
                    .setUrgentReason(after.getUrgent() ? URGENT_BY_STAFF : null);
            human.add(URGENT);
        }
        if (after.getPlaceId() != null) {
            next.setPlace(placeKeepingPin(current.getPlace(), place));
            human.add(PLACE);
        }
        List<LabelStep> history = new ArrayList<>(current.getLabelHistory());
        history.add(new LabelStep(correction.getCorrectionId(), correction.getActor(), correction.getAt(),
                correction.getBefore(), after));
        return next.setHumanLabels(List.copyOf(human)).setLabelHistory(history).build();
    }

    /** The machine's new labels with every human label of {@code current} put back. */
    static EnrichedFeedback.Builder keepHuman(EnrichedFeedback.Builder next, EnrichedFeedback current) {
        for (String label : current.getHumanLabels()) {
            switch (label) {
                case TOPIC -> next.setTopic(current.getTopic());
                case SECONDARY_TOPICS -> next.setSecondaryTopics(current.getSecondaryTopics());
                case KIND -> next.setKind(current.getKind()).setKindConfidence(current.getKindConfidence());
                case SENTIMENT -> next.setSentiment(current.getSentiment())
                        .setSentimentConfidence(current.getSentimentConfidence());
                case URGENT -> next.setUrgent(current.getUrgent()).setUrgentConfidence(current.getUrgentConfidence())
                        .setUrgentReason(current.getUrgentReason());
                case PLACE -> next.setPlace(current.getPlace());
                default -> {
                    // A label name from a newer version: nothing this version can keep.
                }
            }
        }
        if (!current.getHumanLabels().contains(SECONDARY_TOPICS) && current.getHumanLabels().contains(TOPIC)) {
            Topic primary = current.getTopic().getTopic();
            next.setSecondaryTopics(next.getSecondaryTopics().stream().filter(t -> t.getTopic() != primary).toList());
        }
        return next.setHumanLabels(current.getHumanLabels()).setLabelHistory(current.getLabelHistory());
    }

    /** The corrected named place, keeping the coordinates a citizen pinned; null when nothing is left. */
    private static Place placeKeepingPin(Place current, Place named) {
        Double latitude = current == null ? null : current.getLatitude();
        Double longitude = current == null ? null : current.getLongitude();
        if (named == null) {
            return latitude == null ? null : Place.newBuilder().setType(PlaceType.OTHER).setConfidence(0.0)
                    .setLatitude(latitude).setLongitude(longitude).build();
        }
        return Place.newBuilder(named).setConfidence(1.0).setLatitude(latitude).setLongitude(longitude).build();
    }
}
