package vn.phananh.e2e.faults;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.phananh.bench.Target;
import vn.phananh.bench.faults.FaultSuite;
import vn.phananh.bench.faults.KillService;
import vn.phananh.bench.faults.PoisonRecords;
import vn.phananh.bench.faults.Verdict;
import vn.phananh.e2e.RunningPipeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault drills that fit in the suite, run by the same code as {@code ./pipeline faults}, under
 * steady load through the real channels on a pipeline of the test's own (free ports, data under
 * {@code target/}). The others (each service killed in turn, Elasticsearch down for a minute, the
 * broker restarted, a burst) take a few minutes each and are run by {@code ./pipeline faults}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillsTest {

    /** Poison records the drill writes into the five topics the pipeline reads (raw, status, enriched, alerts, channel events). */
    private static final int POISON_IN_READ_TOPICS = 17;

    private static RunningPipeline pipeline;
    private static Target target;

    @BeforeAll
    static void startPipeline() throws Exception {
        pipeline = RunningPipeline.prepare("fault-drills");
        RunningPipeline.Result up = pipeline.run("up", "--detach", "--no-demo");
        assertThat(up.exitCode()).as(up.output()).isZero();
        // The checkout, as RunningPipeline finds it: the module's parent unless the build says otherwise.
        target = new Target(Path.of(System.getProperty("phananh.root.dir", "..")).toAbsolutePath().normalize(),
                pipeline.env());
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void deadLettersExactlyThePoisonRecordsWithTheirReasonsAndLosesNothing() {
        Verdict verdict = FaultSuite.run(new PoisonRecords(), target, FaultSuite.DEFAULT_RATE);

        assertThat(verdict.problems()).as(verdict.describe()).isEmpty();
        assertThat(verdict.number("accepted")).as(verdict.describe()).isPositive();
        assertThat(verdict.number("missing")).isZero();
        assertThat(verdict.number("duplicates")).isZero();
        assertThat(verdict.number("enriched_duplicates")).isZero();
        assertThat(verdict.number("dlq_expected")).isEqualTo(POISON_IN_READ_TOPICS);
        assertThat(verdict.number("dlq_found")).isEqualTo(POISON_IN_READ_TOPICS);
        assertThat(verdict.number("catch_up_s")).isLessThan(60);
    }

    @Test
    @Order(2)
    void searchApiKilledUnderLoadComesBackAndIndexesEverythingOnce() {
        Verdict verdict = FaultSuite.run(new KillService("search-api"), target, FaultSuite.DEFAULT_RATE);

        assertThat(verdict.problems()).as(verdict.describe()).isEmpty();
        assertThat(verdict.number("accepted")).as(verdict.describe()).isPositive();
        assertThat(verdict.number("missing")).isZero();
        assertThat(verdict.number("duplicates")).isZero();
        assertThat(verdict.number("enriched_duplicates")).isZero();
        assertThat(verdict.number("dlq_found")).isZero();
        assertThat(verdict.number("catch_up_s")).isLessThan(180);
    }
}
