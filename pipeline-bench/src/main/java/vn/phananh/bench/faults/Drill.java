package vn.phananh.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.common.TopicPartition;

import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Load;
import vn.phananh.bench.PipelineCommand;
import vn.phananh.bench.Searchability;
import vn.phananh.bench.Target;
import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;

/**
 * One fault drill on a running pipeline: steady load through the real channels before, during and
 * after the fault, then the checks every scenario must pass. Every message that got a 2xx is
 * searchable exactly once (counted by id in the search API) and has exactly one record on the
 * enriched topic; the messages accepted before the fault ended all become searchable on their own
 * (the catch-up time runs from the end of the fault until the last of them is seen); the
 * dead-letter topic gained exactly the poison records the drill wrote, each with its reason; and
 * every part is healthy again.
 */
public final class Drill implements AutoCloseable {

    static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Load goes on this long after the fault, so the pipeline catches up while still taking messages. */
    static final Duration AFTER_FAULT = Duration.ofSeconds(15);
    static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration MAX_LOAD = Duration.ofMinutes(30);

    private final Target target;
    private final String name;
    private final double rate;
    private final KafkaView kafka;
    private final Searchability search;
    private final Instant start = Instant.now();
    private final Map<TopicPartition, Long> deadLetterMark;
    private final Map<TopicPartition, Long> enrichedMark;
    private final DrillLoads loads = new DrillLoads();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private List<Poison> expectedDeadLetters = List.of();
    private Instant faultStart;
    private Instant faultEnd;
    private CompletableFuture<Optional<Instant>> caughtUp;

    private Drill(Target target, String name, double rate) {
        this.target = target;
        this.name = name;
        this.rate = rate;
        this.kafka = new KafkaView(target.kafkaBootstrap());
        this.search = new Searchability(target);
        this.deadLetterMark = DeadLetterTopic.mark(kafka);
        this.enrichedMark = EnrichedTopic.mark(kafka);
    }

    /** Marks where the topics stand and starts the steady load. */
    static Drill begin(Target target, String name, double rate) {
        Drill drill = new Drill(target, name, rate);
        drill.figures.put("rate", String.format("%.0f", rate));
        drill.loads.add(Load.steady(target, name, Load.DRILL_MIX, rate, MAX_LOAD));
        drill.say("steady load %.0f msg/s through %s", rate, Load.DRILL_MIX);
        return drill;
    }

    public Target target() {
        return target;
    }

    KafkaView kafka() {
        return kafka;
    }

    double rate() {
        return rate;
    }

    String runId() {
        return loads.firstRunId();
    }

    void warmUp() {
        pause(WARM_UP);
    }

    /** More load beside the steady one (a burst of webhooks and API calls); its messages are checked like the others. */
    Load extraLoad(double extraRate, Duration duration) {
        return loads.add(Load.steady(target, name + "-extra", Load.VOLUME_MIX, extraRate, duration));
    }

    /** Runs {@code ./pipeline <args>} on the drill's pipeline; fails the drill when it fails. */
    PipelineCommand.Result pipeline(String... args) {
        say("./pipeline %s", String.join(" ", args));
        PipelineCommand.Result result = PipelineCommand.require(target, Duration.ofMinutes(8), args);
        say("  done in %.1f s", result.took().toMillis() / 1000.0);
        return result;
    }

    void faultStarts(String what) {
        faultStart = Instant.now();
        say("fault: %s", what);
    }

    /**
     * The fault is over: from now the catch-up clock runs, until every message accepted before
     * this moment is searchable. It is watched at once, while the load goes on.
     */
    void faultEnds() {
        faultEnd = Instant.now();
        figures.put("fault_s", seconds(Duration.between(faultStart, faultEnd)));
        say("fault over after %s s", figures.get("fault_s"));
        long end = faultEnd.toEpochMilli();
        List<String> before = loads.accepted().stream().filter(a -> a.answeredAtMillis() <= end)
                .map(AcceptedMessage::feedbackId).toList();
        caughtUp = CompletableFuture.supplyAsync(() -> search.awaitVisible(before, CATCH_UP_TIMEOUT),
                runnable -> Thread.ofPlatform().name("catch-up").start(runnable));
    }

    /**
     * Waits until every message accepted before the fault ended is searchable (or the catch-up timeout) and
     * answers when; the verdict reports the same moment as {@code catch_up_s}.
     */
    Optional<Instant> awaitCaughtUp() {
        if (caughtUp == null) {
            faultEnds();
        }
        return caughtUp.join();
    }

    /**
     * The longest time from the fault's start on during which no message was accepted (answered 2xx): how
     * long ingest stood still while the cluster moved its leaders.
     */
    Duration longestAcceptGap() {
        long from = faultStart.toEpochMilli();
        long to = (faultEnd != null ? faultEnd : Instant.now()).toEpochMilli();
        List<Long> answered = loads.accepted().stream().map(AcceptedMessage::answeredAtMillis)
                .filter(at -> at >= from && at <= to).sorted().toList();
        long longest = 0;
        long previous = from;
        for (long at : answered) {
            longest = Math.max(longest, at - previous);
            previous = at;
        }
        return Duration.ofMillis(Math.max(longest, to - previous));
    }

    void expectDeadLetters(List<Poison> poison) {
        expectedDeadLetters = List.copyOf(poison);
    }

    void figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
    }

    void note(String note) {
        notes.add(note);
    }

    /** A problem the scenario itself found: the drill fails. */
    void problem(String problem) {
        problems.add(problem);
    }

    /** Keeps the load on a little longer, stops it, and checks everything the drill promises. */
    Verdict verdict() {
        if (faultEnd == null) {
            faultEnds();
        }
        pause(Duration.between(Instant.now(), faultEnd.plus(AFTER_FAULT)));
        loads.stopAll();
        Set<String> ids = new HashSet<>(loads.accepted().stream().map(AcceptedMessage::feedbackId).toList());
        countSent(ids);
        Optional<Instant> caught = caughtUp.join();
        figures.put("catch_up_s", caught.map(at -> seconds(Duration.between(faultEnd, at))).orElse("timeout"));
        if (caught.isEmpty()) {
            problems.add("not caught up " + CATCH_UP_TIMEOUT.toMinutes() + " min after the fault ended");
        }
        checkExactlyOnce(ids);
        checkDeadLetters();
        boolean healthy = PipelineCommand.run(target, Duration.ofMinutes(1), "status").ok();
        figures.put("healthy", Boolean.toString(healthy));
        if (!healthy) {
            problems.add("not every part is healthy after the drill (./pipeline status)");
        }
        return new Verdict(name, figures, problems, notes);
    }

    private void countSent(Set<String> ids) {
        Map<String, Long> refusals = loads.refusals();
        figures.put("sent", Long.toString(loads.sent()));
        figures.put("accepted", Integer.toString(ids.size()));
        figures.put("refused", Long.toString(refusals.values().stream().mapToLong(Long::longValue).sum()));
        refusals.forEach((reason, n) -> notes.add("refused " + n + ": " + reason));
        if (ids.isEmpty()) {
            problems.add("no message was accepted: nothing was tested");
        }
    }

    private void checkExactlyOnce(Set<String> ids) {
        if (search.awaitVisible(ids, CATCH_UP_TIMEOUT).isEmpty() && search.lastError() != null) {
            notes.add("last error while waiting for the messages: " + search.lastError());
        }
        ExactlyOnce once = ExactlyOnce.check(search, kafka, enrichedMark, ids, start);
        once.addFigures(figures);
        problems.addAll(once.problems());
    }

    private void checkDeadLetters() {
        List<DeadLetterTopic.DeadLetter> letters = DeadLetterTopic.afterConsumersPassed(kafka, deadLetterMark,
                expectedDeadLetters);
        figures.put("dlq_expected", Integer.toString(expectedDeadLetters.size()));
        figures.put("dlq_found", Integer.toString(letters.size()));
        letters.forEach(l -> notes.add("dead letter " + l.source() + " stage=" + l.stage() + " error=" + l.error()));
        problems.addAll(DeadLetterTopic.compare(expectedDeadLetters, letters));
    }

    void say(String format, Object... args) {
        System.out.printf("[faults] %s t=%5.1fs %s%n", name, Duration.between(start, Instant.now()).toMillis() / 1000.0,
                String.format(format, args));
    }

    static void pause(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    /** Stops whatever load still runs (a scenario that failed half way). */
    @Override
    public void close() {
        loads.stopAll();
        kafka.close();
    }
}
