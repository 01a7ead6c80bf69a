package vn.phananh.bench.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phananh.bench.FreshPipeline;
import vn.phananh.bench.Options;
import vn.phananh.bench.PipelineCommand;
import vn.phananh.bench.Target;

/**
 * {@code ./pipeline faults [--rate N] [scenario...]}: the fault drills, one after another, on a
 * pipeline of their own (fresh data directory, free ports). Prints a {@code VERDICT} per drill and
 * last {@code RESULT faults=<n> passed=<p> failed=<f>}; exits 0 only when every drill passed.
 * {@code --cluster} runs them on a fresh cluster run ({@code ./pipeline up --cluster}), where no
 * names means the {@link ClusterFailover} drill.
 */
public final class FaultSuite {

    /** Steady load of the drills, messages per second; a burst is ten times this. */
    public static final double DEFAULT_RATE = 20;

    public static List<FaultScenario> all() {
        return List.of(new KillService("ingest-service"), new KillService("stream-processor"),
                new KillService("search-api"), new ElasticsearchOutage(), new KafkaRestart(), new Burst(),
                new PoisonRecords());
    }

    /** Drills of a cluster run only: they need the further brokers and nodes. */
    public static List<FaultScenario> clusterOnly() {
        return List.of(new ClusterFailover());
    }

    public static int main(Options options) {
        return main(options, false, false);
    }

    /**
     * @param cluster on a cluster run ({@code ./pipeline up --cluster})
     * @param running on the pipeline already up (its ports and {@code PHANANH_DATA_DIR} from the environment)
     *     instead of a fresh one
     */
    public static int main(Options options, boolean cluster, boolean running) {
        List<FaultScenario> chosen = cluster && options.names().isEmpty() ? clusterOnly() : choose(options.names());
        double rate = options.number("--rate", DEFAULT_RATE);
        List<Verdict> verdicts = new ArrayList<>();
        if (running) {
            Target target = Target.running(options.root(), System.getenv());
            for (FaultScenario scenario : chosen) {
                verdicts.add(run(scenario, target, rate));
            }
        }
        else {
            try (FreshPipeline pipeline = FreshPipeline.start(options.root(),
                    options.dataDir(cluster ? "faults-cluster-data" : "faults-data"), cluster)) {
                for (FaultScenario scenario : chosen) {
                    verdicts.add(run(scenario, pipeline.target(), rate));
                }
            }
        }
        System.out.println("[faults] ================= summary =================");
        verdicts.forEach(v -> System.out.printf("[faults] %-26s %s  catch_up_s=%s fault_s=%s accepted=%s missing=%s"
                + " duplicates=%s dlq=%s/%s%s%n", v.scenario(), v.passed() ? "PASS" : "FAIL", v.figures().get("catch_up_s"),
                v.figures().get("fault_s"), v.figures().get("accepted"), v.figures().get("missing"),
                v.figures().get("duplicates"), v.figures().get("dlq_found"), v.figures().get("dlq_expected"),
                v.figures().containsKey("isr_restored_s") ? " ingest_gap_s=" + v.figures().get("ingest_gap_s")
                        + " isr_restored_s=" + v.figures().get("isr_restored_s") + " green_s=" + v.figures().get("green_s")
                        : ""));
        long passed = verdicts.stream().filter(Verdict::passed).count();
        System.out.printf("RESULT faults=%d passed=%d failed=%d%n", verdicts.size(), passed, verdicts.size() - passed);
        return passed == verdicts.size() ? 0 : 1;
    }

    /**
     * Runs one drill on a running pipeline and prints its verdict. A drill that breaks half way is
     * a FAIL with the reason; whatever part it left stopped is started again, so the next drill
     * starts whole.
     */
    public static Verdict run(FaultScenario scenario, Target target, double rate) {
        System.out.printf("[faults] == %s: %s ==%n", scenario.name(), scenario.description());
        Verdict verdict;
        try (Drill drill = Drill.begin(target, scenario.name(), rate)) {
            verdict = scenario.run(drill);
        }
        catch (RuntimeException ex) {
            restoreStoppedParts(target);
            verdict = new Verdict(scenario.name(), Map.of(), List.of("the drill broke off: " + ex.getMessage()), List.of());
        }
        System.out.println(verdict.describe());
        return verdict;
    }

    private static void restoreStoppedParts(Target target) {
        PipelineCommand.Result status = PipelineCommand.run(target, Duration.ofMinutes(1), "status");
        for (String line : status.output().split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length > 1 && words[1].equals("DOWN")) {
                PipelineCommand.run(target, Duration.ofMinutes(8), "start", words[0]);
            }
        }
    }

    private static List<FaultScenario> choose(List<String> names) {
        if (names.isEmpty()) {
            return all();
        }
        List<FaultScenario> chosen = new ArrayList<>();
        List<FaultScenario> known = new ArrayList<>(all());
        known.addAll(clusterOnly());
        for (String name : names) {
            chosen.add(known.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("No scenario " + name + "; there are "
                            + known.stream().map(FaultScenario::name).toList())));
        }
        return chosen;
    }

    private FaultSuite() {
    }
}
