package vn.phananh.processor.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.phananh.processor.model.CurrentClassifier;
import vn.phananh.processor.model.PromotedModels;

/**
 * Before the stream threads start, loads the promoted model (if any) so that the first message is
 * classified by it; then follows the models topic and switches when {@code ./pipeline retrain}
 * promotes another. Kafka unreachable at start is not fatal: the build-trained model is used
 * until the follower catches up.
 */
final class PromotedModelFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PromotedModelFollower.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final PromotedModels models;
    private final CurrentClassifier classifier;
    private volatile boolean running;

    PromotedModelFollower(PromotedModels models, CurrentClassifier classifier) {
        this.models = models;
        this.classifier = classifier;
    }

    @Override
    public void start() {
        try {
            models.latest(LOAD_TIMEOUT).flatMap(PromotedModels::load).ifPresent(classifier::use);
        } catch (RuntimeException e) {
            log.warn("Could not read the promoted model at start ({}); using {} until it arrives", e.toString(),
                    classifier.get().version());
        }
        log.info("Classifying with model {}", classifier.get().version());
        models.follow(classifier::use);
        running = true;
    }

    @Override
    public void stop() {
        try {
            models.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the stream threads (which run in the last phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
