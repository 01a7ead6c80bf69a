package vn.phananh.processor.enrich;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.phananh.avro.Attachment;
import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.PiiType;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.TopicScore;
import vn.phananh.processor.classify.Classification;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.locate.Gazetteer;
import vn.phananh.processor.locate.Location;
import vn.phananh.processor.locate.Locator;
import vn.phananh.text.MaskedText;
import vn.phananh.text.PiiMasker;
import vn.phananh.text.VietnameseText;

/**
 * The enrichment step of the processor: masks personal data, normalises and folds the masked
 * text, classifies it and finds its place. Models and gazetteer are loaded once; {@link #enrich}
 * is thread-safe.
 */
public final class Enricher {

    /** Where the build copies the commune's gazetteer on the classpath. */
    public static final String GAZETTEER = "/gazetteer/xa-hung-cuong.gazetteer.json";

    private final PiiMasker masker = new PiiMasker();
    private final Supplier<FeedbackClassifier> classifier;
    private final Locator locator;

    /** {@code classifier} gives the model to use now: a promoted model replaces the build-trained one while running. */
    public Enricher(Supplier<FeedbackClassifier> classifier, Locator locator) {
        this.classifier = classifier;
        this.locator = locator;
    }

    public Enricher(FeedbackClassifier classifier, Locator locator) {
        this(() -> classifier, locator);
    }

    /** Loads the build-trained models and the gazetteer from the classpath. */
    public static Enricher fromClasspath() {
        return new Enricher(new FeedbackClassifier(ClassifierModels.fromClasspath()),
                new Locator(Gazetteer.fromClasspath(GAZETTEER)));
    }

    public Enrichment enrich(String text, List<Attachment> attachments) {
        String original = text == null ? "" : text;
        MaskedText masked = masker.mask(original);
        String normalized = VietnameseText.normalize(masked.text());
        FeedbackClassifier model = classifier.get();
        Classification c = model.classify(normalized);
        Place place = place(masked.text(), attachments == null ? List.of() : attachments);
        return new Enrichment(masked.text(), normalized, VietnameseText.fold(normalized), spans(masked),
                score(c.topic()), c.secondaryTopics().stream().map(Enricher::score).toList(),
                c.kind().label(), c.kind().confidence(), c.sentiment().label(), c.sentiment().confidence(),
                c.urgent(), c.urgentConfidence(), c.urgentReason(), c.spam(), place, model.version());
    }

    /** The named place, with coordinates from a location attachment; coordinates alone give an unnamed place. */
    private Place place(String maskedText, List<Attachment> attachments) {
        Optional<Location> named = locator.locate(maskedText);
        Optional<Attachment> pin = attachments.stream()
                .filter(a -> a.getType() == AttachmentType.LOCATION && a.getLatitude() != null && a.getLongitude() != null)
                .findFirst();
        if (named.isEmpty() && pin.isEmpty()) {
            return null;
        }
        Place.Builder place = Place.newBuilder().setType(PlaceType.OTHER).setConfidence(0.0);
        named.ifPresent(l -> place.setId(l.id()).setName(l.name()).setType(PlaceType.valueOf(l.type()))
                .setMatchedText(l.matchedText()).setConfidence(l.confidence()));
        pin.ifPresent(a -> place.setLatitude(a.getLatitude()).setLongitude(a.getLongitude()));
        return place.build();
    }

    private static List<vn.phananh.avro.PiiSpan> spans(MaskedText masked) {
        return masked.spans().stream()
                .map(s -> new vn.phananh.avro.PiiSpan(PiiType.valueOf(s.type().name()), s.start(), s.end()))
                .toList();
    }

    private static TopicScore score(Classification.Scored<vn.phananh.avro.Topic> topic) {
        return new TopicScore(topic.label(), topic.confidence());
    }
}
