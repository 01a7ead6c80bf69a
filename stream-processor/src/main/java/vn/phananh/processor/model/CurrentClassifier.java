package vn.phananh.processor.model;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.FeedbackClassifier;

/**
 * The classifier the processor uses now: the build-trained one until a promoted model arrives on
 * the models topic, then that one. Swapped atomically; a message is classified wholly by one model.
 */
public final class CurrentClassifier implements Supplier<FeedbackClassifier> {

    private static final Logger log = LoggerFactory.getLogger(CurrentClassifier.class);

    private final AtomicReference<FeedbackClassifier> current;

    public CurrentClassifier(ClassifierModels initial) {
        this.current = new AtomicReference<>(new FeedbackClassifier(initial));
    }

    @Override
    public FeedbackClassifier get() {
        return current.get();
    }

    /** Switches to another model; the same version again changes nothing. */
    public void use(ClassifierModels models) {
        FeedbackClassifier previous = current.get();
        if (previous.version().equals(models.version())) {
            return;
        }
        current.set(new FeedbackClassifier(models));
        log.info("Classifier switched from {} to {}", previous.version(), models.version());
    }
}
