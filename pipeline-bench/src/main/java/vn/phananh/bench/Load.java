package vn.phananh.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;
import vn.phananh.bench.running.LoadGenerator;

/**
 * The load generator driven in-process on a thread of its own: realistic messages through every
 * channel at a steady rate or flat out, until its duration is over or it is stopped. The caller
 * watches the pipeline; this only remembers what was accepted and when.
 */
public final class Load {

    /** Webhooks and the integration API, in turn: the channels volume comes through. */
    public static final String VOLUME_MIX = "fb,zalo,api";
    /**
     * Every channel, the desk one message in ten: a clerk types what a visitor says, while apps
     * and the call centre's integration can flood. (The desk device signs in with its own bearer
     * token of the realm, fetched once and reused until it expires.)
     */
    public static final String DRILL_MIX = "fb,zalo,api,fb,zalo,api,fb,zalo,api,desk";

    private static final AtomicLong RUNS = new AtomicLong();

    private final LoadGenerator generator;
    private final String runId;
    private final Thread sender;
    private volatile Instant startedAt;
    private volatile Instant endedAt;

    private Load(LoadGenerator generator, String runId) {
        this.generator = generator;
        this.runId = runId;
        this.sender = Thread.ofPlatform().name("load-" + runId).unstarted(this::send);
    }

    /** {@code rate} messages per second over the channels of {@code mix} in turn, until stopped or {@code maxDuration}. */
    public static Load steady(Target target, String name, String mix, double rate, Duration maxDuration) {
        return start(target, name, "--mix", mix, "--rate", Double.toString(rate), "--duration",
                Long.toString(maxDuration.toSeconds()));
    }

    /** {@code concurrency} senders, each sending the next message as soon as the last is answered. */
    public static Load flatOut(Target target, String name, String mix, int concurrency, Duration duration) {
        return start(target, name, "--mix", mix, "--flat-out", "--concurrency", Integer.toString(concurrency),
                "--duration", Long.toString(duration.toSeconds()));
    }

    private static Load start(Target target, String name, String... sending) {
        // Unique per run and per process, so two loads never send the same message id.
        String runId = name + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + RUNS.incrementAndGet();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(sending),
                java.util.stream.Stream.of("--ingest", target.ingestUrl(), "--search", target.searchUrl(),
                        "--keycloak", target.keycloakUrl()))
                .toArray(String[]::new);
        Load load = new Load(LoadGenerator.fromArgs(runId, args), runId);
        load.startedAt = Instant.now();
        load.sender.start();
        return load;
    }

    private void send() {
        try {
            generator.sendOnly();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        finally {
            endedAt = Instant.now();
        }
    }

    public String runId() {
        return runId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When sending ended; null while it goes on. */
    public Instant endedAt() {
        return endedAt;
    }

    /** Starts no further message; returns once those in flight are answered. */
    public void stop() {
        generator.stop();
        awaitDone();
    }

    public void awaitDone() {
        try {
            sender.join();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the load to end", ex);
        }
    }

    public List<AcceptedMessage> accepted() {
        return generator.acceptedMessages();
    }

    public long sent() {
        return generator.sentCount();
    }

    public Map<String, Long> refusals() {
        return generator.refusals();
    }
}
