package vn.phananh.processor.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.phananh.processor.classify.Classification;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.enrich.Enricher;
import vn.phananh.processor.locate.Gazetteer;
import vn.phananh.processor.locate.Location;
import vn.phananh.processor.locate.Locator;
import vn.phananh.text.PiiMasker;
import vn.phananh.text.PiiSpan;

/** Runs a classifier, the masker and the locator over labelled messages, next to their gold labels. */
final class Predictor {

    private final PiiMasker masker = new PiiMasker();
    private final Locator locator = new Locator(Gazetteer.fromClasspath(Enricher.GAZETTEER));

    List<Prediction> predict(FeedbackClassifier classifier, List<LabelledMessage> messages) {
        return messages.parallelStream().map(m -> predict(classifier, m)).toList();
    }

    private Prediction predict(FeedbackClassifier classifier, LabelledMessage m) {
        Classification c = classifier.classify(ClassifierTrainer.prepare(m.text()));
        Set<String> pii = new HashSet<>();
        for (PiiSpan span : masker.find(m.text())) {
            pii.add(span.type() + "@" + span.start() + "-" + span.end());
        }
        String place = locator.locate(m.text()).map(Location::id).orElse(null);
        return new Prediction(m.id(), c.topic().label().name(), m.topic(), c.kind().label().name(), m.kind(),
                c.sentiment().label().name(), m.sentiment(), c.urgent(), m.urgent(), c.urgentReason(), pii, goldSpans(m),
                place, m.locationId());
    }

    /** Gold spans are given as typed text; each occurrence is located in order. */
    private static Set<String> goldSpans(LabelledMessage m) {
        Set<String> spans = new HashSet<>();
        int from = 0;
        for (LabelledMessage.Pii pii : m.pii()) {
            int start = m.text().indexOf(pii.text(), 0);
            int again = m.text().indexOf(pii.text(), from);
            start = again >= 0 ? again : start;
            spans.add(pii.type() + "@" + start + "-" + (start + pii.text().length()));
            from = start + pii.text().length();
        }
        return spans;
    }
}
