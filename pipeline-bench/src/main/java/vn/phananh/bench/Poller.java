package vn.phananh.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A watcher that looks at the pipeline every {@code interval} on a daemon thread of its own while
 * a run goes on (when messages become searchable, how each stage progresses). A failed look is
 * kept as {@link #lastError()} and the next one is tried: a benchmark reports, it does not stop
 * on one slow answer. Closing stops it and waits for the look under way.
 */
public abstract class Poller implements AutoCloseable {

    private final Duration interval;
    private Thread thread;
    private volatile boolean stopped;
    private volatile String lastError;

    protected Poller(Duration interval) {
        this.interval = interval;
    }

    /** One look; runs on the poller's thread. */
    protected abstract void pollOnce();

    /** Starts looking; a subclass calls it once its own fields are set. */
    protected final void start(String name) {
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    private void loop() {
        long next = System.nanoTime();
        while (!stopped) {
            next += interval.toNanos();
            try {
                pollOnce();
            }
            catch (RuntimeException ex) {
                lastError = ex.getMessage();
            }
            LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
        }
    }

    public String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        stopped = true;
        if (thread == null) {
            return;
        }
        try {
            thread.join(5000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
