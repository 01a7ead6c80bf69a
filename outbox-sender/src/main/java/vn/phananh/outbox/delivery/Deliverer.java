package vn.phananh.outbox.delivery;

import java.time.Duration;

import vn.phananh.avro.OutboundMessage;
import vn.phananh.outbox.channel.SendResult;

/**
 * Delivers one message: plans it, then makes its request until it is sent, refused for a reason,
 * fails for good, or has failed {@code maxAttempts} times with an exponential back-off in between.
 */
public final class Deliverer {

    /** Waits between attempts; interruptible, so a stopping sender does not sit out a back-off. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Planner planner;
    private final int maxAttempts;
    private final java.util.function.IntFunction<Duration> backoff;
    private final Sleeper sleeper;
    private final OutboxMetrics metrics;
    private final boolean deliver;

    public Deliverer(Planner planner, int maxAttempts, java.util.function.IntFunction<Duration> backoff, Sleeper sleeper,
            OutboxMetrics metrics) {
        this(planner, maxAttempts, backoff, sleeper, metrics, true);
    }

    /**
     * {@code deliver} false makes no request at all: what would have been sent is ledgered as not sent,
     * naming the route (the local stack and docker-compose run so, with fake tokens and no platform).
     */
    public Deliverer(Planner planner, int maxAttempts, java.util.function.IntFunction<Duration> backoff, Sleeper sleeper,
            OutboxMetrics metrics, boolean deliver) {
        this.deliver = deliver;
        this.planner = planner;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.metrics = metrics;
    }

    public Outcome deliver(OutboundMessage message) throws InterruptedException {
        return switch (planner.plan(message)) {
            case Plan.Decided decided -> decided.outcome();
            case Plan.Send send when !deliver -> Outcome.notSent(send.route(),
                    "delivery is switched off here (phananh.outbox.deliver=false); it would have gone by " + send.route().tag(), 0);
            case Plan.Send send -> attempt(send);
        };
    }

    private Outcome attempt(Plan.Send send) throws InterruptedException {
        String lastError = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            long started = System.nanoTime();
            SendResult result = send.request().send();
            metrics.attempt(send.route(), result, System.nanoTime() - started);
            switch (result) {
                case SendResult.Sent sent -> {
                    return Outcome.sent(send.route(), sent.platformId(), attempt);
                }
                case SendResult.NotSent notSent -> {
                    return Outcome.notSent(send.route(), notSent.reason(), attempt);
                }
                case SendResult.Permanent permanent -> {
                    return Outcome.failed(send.route(), permanent.error(), attempt);
                }
                case SendResult.Retriable retriable -> lastError = retriable.error();
            }
            if (attempt < maxAttempts) {
                sleeper.sleep(backoff.apply(attempt));
            }
        }
        return Outcome.failed(send.route(), "after " + maxAttempts + " attempts: " + lastError, maxAttempts);
    }
}
