package vn.phananh.search.labels;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.phananh.avro.Kind;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;
import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.security.Role;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/**
 * Records a staff correction of a feedback's labels as a {@link LabelCorrection} on
 * {@code feedback.labels.v1}, keyed by feedbackId; the processor joins it into the feedback (human
 * labels win over every later re-classification) and {@code ./pipeline retrain} learns from it.
 * Staff of the owning unit and supervisors of it may correct; the feedback is looked up within the
 * viewer's units, so another unit's feedback answers 404 like a missing one. Nothing is written
 * unless every code is valid.
 */
@Service
public class LabelCorrections {

    private final FeedbackSearch search;
    private final KafkaTemplate<String, LabelCorrection> template;
    private final UnitPlaces places;
    private final String topic;
    private final Clock clock;

    LabelCorrections(FeedbackSearch search, KafkaTemplate<String, LabelCorrection> labelCorrectionTemplate,
            UnitPlaces places, SearchProperties properties, Clock clock) {
        this.search = search;
        this.template = labelCorrectionTemplate;
        this.places = places;
        this.topic = properties.topics().labels();
        this.clock = clock;
    }

    public LabelAccepted correct(Viewer viewer, String feedbackId, LabelRequest request)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        if (request.isEmpty()) {
            throw new IllegalArgumentException("Give at least one label to correct: topic, secondaryTopics, kind, sentiment, urgent or placeId.");
        }
        FeedbackDocument feedback = search.document(viewer, feedbackId);
        if (!mayCorrect(viewer, feedback.unitCode())) {
            throw new AccessDeniedException("Only staff of the owning unit and its supervisors may correct labels");
        }
        LabelSet after = after(request, feedback.unitCode());
        LabelCorrection correction = LabelCorrection.newBuilder()
                .setCorrectionId(UUID.randomUUID().toString()).setFeedbackId(feedbackId)
                .setUnitCode(feedback.unitCode()).setActor(viewer.username()).setAt(clock.instant())
                .setBefore(before(feedback, after)).setAfter(after)
                .setMaskedText(feedback.maskedText()).setClassifierVersion(feedback.classifierVersion())
                .build();
        template.send(topic, feedbackId, correction).get(15, TimeUnit.SECONDS);
        return new LabelAccepted(correction.getCorrectionId(), feedbackId, corrected(after), correction.getAt());
    }

    private static boolean mayCorrect(Viewer viewer, String unitCode) {
        return viewer.isStaffOf(unitCode) || (viewer.role() == Role.SUPERVISOR && viewer.canSee(unitCode));
    }

    private LabelSet after(LabelRequest request, String unitCode) {
        LabelSet.Builder after = LabelSet.newBuilder()
                .setTopic(code(request.topic(), Topic.class, "topic"))
                .setKind(code(request.kind(), Kind.class, "kind"))
                .setSentiment(code(request.sentiment(), Sentiment.class, "sentiment"))
                .setUrgent(request.urgent());
        if (request.secondaryTopics() != null) {
            List<Topic> secondary = request.secondaryTopics().stream()
                    .map(t -> code(t, Topic.class, "secondaryTopics")).distinct().toList();
            if (secondary.contains(Topic.OTHER)) {
                throw new IllegalArgumentException("OTHER is never a secondary topic.");
            }
            after.setSecondaryTopics(secondary);
        }
        if (request.placeId() != null) {
            if (!request.placeId().isEmpty() && !places.exists(unitCode, request.placeId())) {
                throw new IllegalArgumentException("No place '" + request.placeId() + "' in the gazetteer of " + unitCode + ".");
            }
            after.setPlaceId(request.placeId());
        }
        return after.build();
    }

    /** The current values of the labels being corrected, as the viewer saw them. */
    private static LabelSet before(FeedbackDocument f, LabelSet after) {
        LabelSet.Builder before = LabelSet.newBuilder();
        if (after.getTopic() != null) {
            before.setTopic(Topic.valueOf(f.topic()));
        }
        if (after.getSecondaryTopics() != null) {
            before.setSecondaryTopics(f.secondaryTopics().stream().map(Topic::valueOf).toList());
        }
        if (after.getKind() != null) {
            before.setKind(Kind.valueOf(f.kind()));
        }
        if (after.getSentiment() != null) {
            before.setSentiment(Sentiment.valueOf(f.sentiment()));
        }
        if (after.getUrgent() != null) {
            before.setUrgent(f.urgent());
        }
        if (after.getPlaceId() != null) {
            before.setPlaceId(f.place() == null || f.place().id() == null ? "" : f.place().id());
        }
        return before.build();
    }

    private static List<String> corrected(LabelSet after) {
        List<String> names = new ArrayList<>();
        addIf(names, after.getTopic(), "topic");
        addIf(names, after.getSecondaryTopics(), "secondaryTopics");
        addIf(names, after.getKind(), "kind");
        addIf(names, after.getSentiment(), "sentiment");
        addIf(names, after.getUrgent(), "urgent");
        addIf(names, after.getPlaceId(), "placeId");
        return names;
    }

    private static void addIf(List<String> names, Object value, String name) {
        if (value != null) {
            names.add(name);
        }
    }

    /** The enum constant of a code, or a clear 400 naming the field and the valid codes. */
    private static <E extends Enum<E>> E code(String value, Class<E> type, String field) {
        if (value == null) {
            return null;
        }
        Function<E, String> name = Enum::name;
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value) && !e.name().equals("UNKNOWN"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + field + " '" + value + "'; one of "
                        + Arrays.stream(type.getEnumConstants()).map(name).filter(n -> !n.equals("UNKNOWN")).toList() + "."));
    }
}
