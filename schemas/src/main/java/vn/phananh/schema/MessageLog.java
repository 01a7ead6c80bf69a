package vn.phananh.schema;

import org.slf4j.MDC;

/**
 * The log context of a line about one message: its {@code feedbackId} and {@code unit} in the MDC,
 * which the services' structured (ECS JSON) logs write as fields of their own, so an operator
 * finds every line about a message by its id. Never the text or the author: personal data stays
 * out of logs.
 */
public final class MessageLog {

    /** MDC key of the feedback id. */
    public static final String FEEDBACK_ID = "feedbackId";
    /** MDC key of the administrative unit's code. */
    public static final String UNIT = "unit";

    /**
     * Puts the message's id and unit (either may be null: left out) in the MDC until the scope is
     * closed, which puts back what was there before (a scope may open inside another).
     */
    public static Scope of(String feedbackId, String unit) {
        Scope scope = new Scope(MDC.get(FEEDBACK_ID), MDC.get(UNIT));
        set(FEEDBACK_ID, feedbackId);
        set(UNIT, unit);
        return scope;
    }

    /** What was in the MDC before a message's scope opened. */
    public static final class Scope implements AutoCloseable {

        private final String feedbackId;
        private final String unit;

        private Scope(String feedbackId, String unit) {
            this.feedbackId = feedbackId;
            this.unit = unit;
        }

        @Override
        public void close() {
            set(FEEDBACK_ID, feedbackId);
            set(UNIT, unit);
        }
    }

    private static void set(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        }
        else {
            MDC.put(key, value);
        }
    }

    private MessageLog() {
    }
}
