package vn.phananh.bench.running;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import vn.phananh.load.channel.Channels;
import vn.phananh.load.channel.Delivery;
import vn.phananh.load.channel.Identity;
import vn.phananh.load.channel.IngestClients;
import vn.phananh.load.channel.JsonHttp;
import vn.phananh.load.corpus.Corpus;
import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.load.search.SearchClient;

/**
 * The end-to-end benchmark against the running pipeline ({@code ./pipeline bench e2e --running}), and
 * the load of the fresh-pipeline benchmark and the fault drills: sends realistic messages through the real
 * channels at a steady rate or flat out, records when each accepted message was sent, watches the
 * search API for when each becomes searchable, and reports ingest-to-searchable latency
 * percentiles and whether every accepted message is searchable exactly once. The last line is
 * {@code RESULT key=value ...}; the exit code is 0 only when nothing is missing or doubled.
 */
public final class LoadGenerator {

    private static final int MAX_IN_FLIGHT = 1024;

    private final BenchOptions options;
    private final IngestClients clients;
    private final Channels channels;
    private final BenchMessages messages;
    private final Tracker tracker = new Tracker();
    private final AtomicLong lagging = new AtomicLong();
    private volatile boolean stopRequested;

    LoadGenerator(BenchOptions options, IngestClients clients, Channels channels, BenchMessages messages) {
        this.options = options;
        this.clients = clients;
        this.channels = channels;
        this.messages = messages;
    }

    /**
     * {@code ./pipeline bench e2e --running ...}: the run against the pipeline already up; returns
     * the exit code (0 only when every accepted message is searchable exactly once).
     */
    public static int main(String[] argv) throws InterruptedException {
        if (argv.length == 0 || Arrays.asList(argv).contains("--help")) {
            System.out.println("usage: ./pipeline bench e2e --running (--rate N | --flat-out [--concurrency C]) [--duration S]"
                    + " [--mix fb,zalo,desk,api] [--ingest URL] [--search URL] [--keycloak URL] [--login user:password] [--poll-ms MS]"
                    + " [--settle S]");
            return argv.length == 0 ? 2 : 0;
        }
        BenchOptions options = BenchOptions.parse(argv);
        Channels channels = Channels.fromEnvironment();
        HttpClient http = JsonHttp.newClient();
        Identity identity = new Identity(http, URI.create(options.keycloak()));
        // No retries: a 503 is a result of the run, not something to hide.
        IngestClients clients = IngestClients.of(http, URI.create(options.ingest()), channels, Clock.systemUTC(), 0,
                identity);
        SearchClient search = new SearchClient(new JsonHttp(http, URI.create(options.search()), Duration.ofSeconds(30), 0));
        String runId = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        List<CorpusMessage> corpus = new ArrayList<>(Corpus.chat());
        corpus.addAll(Corpus.broad());
        BenchMessages messages = new BenchMessages(runId, corpus, options.mix(), BenchMessages.defaultUnits());
        return new LoadGenerator(options, clients, channels, messages).run(runId, search, identity);
    }

    /**
     * A generator for a tool that drives the load in-process and watches the pipeline itself
     * (pipeline-bench's fault drills): the options of the {@code bench} command, message ids
     * prefixed by {@code runId}. Send with {@link #sendOnly()}, end early with {@link #stop()}, and
     * read what was accepted with {@link #acceptedMessages()}.
     */
    public static LoadGenerator fromArgs(String runId, String... argv) {
        BenchOptions options = BenchOptions.parse(argv);
        Channels channels = Channels.fromEnvironment();
        HttpClient http = JsonHttp.newClient();
        IngestClients clients = IngestClients.of(http, URI.create(options.ingest()), channels, Clock.systemUTC(), 0,
                new Identity(http, URI.create(options.keycloak())));
        List<CorpusMessage> corpus = new ArrayList<>(Corpus.chat());
        corpus.addAll(Corpus.broad());
        return new LoadGenerator(options, clients, channels,
                new BenchMessages(runId, corpus, options.mix(), BenchMessages.defaultUnits()));
    }

    /** Sends as the options say, steady or flat out, and returns when sending is done; nothing watches search. */
    public void sendOnly() throws InterruptedException {
        if (options.flatOut()) {
            flatOut();
        }
        else {
            steady();
        }
    }

    /** Ends sending early: no further message is started, those in flight finish. */
    public void stop() {
        stopRequested = true;
    }

    /** An accepted message: its feedback id, when its request started and when it was answered (epoch ms). */
    public record AcceptedMessage(String feedbackId, long sentAtMillis, long answeredAtMillis) {
    }

    /** Every message accepted so far; safe to call while sending. */
    public List<AcceptedMessage> acceptedMessages() {
        return tracker.accepted().stream().map(a -> new AcceptedMessage(a.feedbackId(), a.sentWallMillis(),
                a.sentWallMillis() + a.ingestNanos() / 1_000_000)).toList();
    }

    public long sentCount() {
        return tracker.sent();
    }

    /** Messages refused so far, by HTTP status and problem title (status 0: no answer). */
    public Map<String, Long> refusals() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        tracker.refusals().forEach((reason, n) -> counts.put(reason, n.sum()));
        return counts;
    }

    int run(String runId, SearchClient search, Identity identity) throws InterruptedException {
        SearchClient.Login login = new SearchClient.Login(options.login(), options.password(), identity);
        search.total(login, Map.of()); // fails fast on a wrong URL or login
        Instant runStart = Instant.now();
        System.out.printf("[bench] run %s: %s, ingest %s, search %s%n", runId, options.describe(), options.ingest(),
                options.search());
        SearchableWatch watch = new SearchableWatch(search, login, tracker, runStart, options.poll());
        Thread progress = Thread.ofPlatform().name("progress").daemon().start(this::progress);
        long sendStart = System.nanoTime();
        if (options.flatOut()) {
            flatOut();
        }
        else {
            steady();
        }
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        System.out.printf("[bench] sending done in %.1f s; waiting up to %d s until every accepted message is searchable%n",
                sendSeconds, options.settle().toSeconds());
        long settleUntil = System.nanoTime() + options.settle().toNanos();
        while (tracker.seenCount() < tracker.acceptedCount() && System.nanoTime() < settleUntil) {
            LockSupport.parkNanos(options.poll().toNanos());
        }
        watch.close();
        progress.interrupt();
        long watchedMillis = Duration.between(runStart, Instant.now()).toMillis();
        return report(runId, watch, sendSeconds, watchedMillis / Math.max(1, watch.polls()));
    }

    private void steady() throws InterruptedException {
        long total = Math.round(options.rate() * options.duration().toSeconds());
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long t0 = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long seq = 0; seq < total && !stopRequested; seq++) {
                long due = t0 + (long) (seq * 1e9 / options.rate());
                LockSupport.parkNanos(due - System.nanoTime());
                if (!inFlight.tryAcquire()) {
                    lagging.incrementAndGet(); // the service is slower than the rate: requests pile up
                    inFlight.acquire();
                }
                long s = seq;
                senders.submit(() -> sendAndRelease(s, inFlight));
            }
        }
    }

    private void flatOut() throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + options.duration().toNanos();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < options.concurrency(); i++) {
                senders.submit(() -> sendUntil(end, next));
            }
            senders.shutdown();
            senders.awaitTermination(options.duration().toSeconds() + 120, TimeUnit.SECONDS);
        }
    }

    private void sendAndRelease(long seq, Semaphore inFlight) {
        try {
            sendOne(seq);
        }
        finally {
            inFlight.release();
        }
    }

    /** One flat-out sender: the next message as soon as the previous one is answered. */
    private void sendUntil(long endNanos, AtomicLong next) {
        while (System.nanoTime() < endNanos && !stopRequested) {
            sendOne(next.getAndIncrement());
        }
    }

    private void sendOne(long seq) {
        BenchMessages.Message m = messages.next(seq, Instant.now());
        long wall = System.currentTimeMillis();
        long nanos = System.nanoTime();
        Delivery delivery;
        try {
            delivery = deliver(m);
        }
        catch (RuntimeException ex) {
            delivery = new Delivery(m.channel().name(), 0, null, Delivery.REJECTED, ex.getClass().getSimpleName(), null);
        }
        tracker.record(delivery, wall, nanos, System.nanoTime());
    }

    private Delivery deliver(BenchMessages.Message m) {
        var unit = channels.unit(m.unitCode());
        return switch (m.channel()) {
            case FB -> (m.seq() / options.mix().size()) % 2 == 0
                    ? clients.facebook().comment(unit, BenchMessages.comment(m, unit.facebookPageId()))
                    : clients.facebook().message(unit, BenchMessages.messenger(m));
            case ZALO -> clients.zalo().text(unit, BenchMessages.zalo(m));
            case DESK -> clients.desk().record(unit, BenchMessages.desk(m));
            case API -> clients.api().send(channels.sharedKey(m.unitCode()), BenchMessages.api(m));
        };
    }

    private void progress() {
        long started = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            System.out.printf("[bench] t=%ds sent=%d accepted=%d searchable=%d%n",
                    (System.nanoTime() - started) / 1_000_000_000L, tracker.sent(), tracker.acceptedCount(),
                    tracker.seenCount());
        }
    }

    /** @param pollMillis the mean time between polls: the resolution of the searchable latencies */
    private int report(String runId, SearchableWatch watch, double sendSeconds, long pollMillis) {
        Map<String, Integer> counts;
        try {
            counts = watch.countAll();
        }
        catch (SearchClient.SearchFailed ex) {
            System.out.println("[bench] final count failed: " + ex.getMessage());
            counts = Map.of();
        }
        long missing = tracker.acceptedCount() - counts.size();
        long doubled = counts.values().stream().filter(c -> c > 1).count();
        LatencyStats searchable = LatencyStats.of(tracker.searchableMillis());
        LatencyStats ingest = LatencyStats.of(tracker.ingestMillis());
        tracker.refusals().forEach((reason, n) -> System.out.printf("[bench] refused %d: %s%n", n.sum(), reason));
        if (watch.lastError() != null) {
            System.out.println("[bench] last search error: " + watch.lastError());
        }
        long refused = tracker.refusals().values().stream().mapToLong(LongAdder::sum).sum();
        String mode = options.flatOut() ? "flat-out" : "rate";
        System.out.printf("[bench] sent %d in %.1f s (%.1f/s), accepted %d, refused %d, searchable %d, missing %d,"
                + " found twice %d, polls %d, lagging %d%n", tracker.sent(), sendSeconds, tracker.sent() / sendSeconds,
                tracker.acceptedCount(), refused, tracker.seenCount(), missing, doubled, watch.polls(), lagging.get());
        System.out.println("RESULT " + String.join(" ", List.of(
                "run=" + runId, "mode=" + mode, "rate=" + (options.flatOut() ? "max" : options.rate()),
                "mix=" + options.mix().stream().map(BenchChannel::code).collect(Collectors.joining(",")),
                "duration_s=" + options.duration().toSeconds(), "sent=" + tracker.sent(),
                String.format("send_rate=%.1f", tracker.sent() / sendSeconds), "accepted=" + tracker.acceptedCount(),
                "refused=" + refused, "searchable=" + tracker.seenCount(), "missing=" + missing,
                "duplicates=" + doubled, searchable.keyValues("searchable_ms"), "poll_interval_ms=" + pollMillis,
                ingest.keyValues("ingest_ms"))));
        boolean exactlyOnce = missing == 0 && doubled == 0 && tracker.acceptedCount() > 0;
        return exactlyOnce ? 0 : 1;
    }
}
