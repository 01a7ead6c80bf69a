package vn.phananh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code .ci/run} prints after a failed build ({@code .ci/test-reports}): the failing tests of
 * the surefire and failsafe reports with the start of their stacks, the end of their output and
 * the dumps of crashed forks, bounded; nothing about tests that passed.
 */
class CiReportsTest {

    private static final Path TREE = Path.of("target/ci-reports-tree").toAbsolutePath();

    @BeforeEach
    void emptyTree() throws IOException {
        if (Files.exists(TREE)) {
            try (Stream<Path> paths = Files.walk(TREE)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void printsEachFailingTestWithTheStartOfItsStackAndTheEndOfItsOutput() throws Exception {
        Path reports = Files.createDirectories(TREE.resolve("local-services/target/surefire-reports"));
        Files.writeString(reports.resolve("vn.phananh.local.LocalServicesTest.txt"), """
                -------------------------------------------------------------------------------
                Test set: vn.phananh.local.LocalServicesTest
                -------------------------------------------------------------------------------
                Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 61.5 s <<< FAILURE! -- in vn.phananh.local.LocalServicesTest
                vn.phananh.local.LocalServicesTest.kafkaKeepsItsTopics -- Time elapsed: 1.2 s
                vn.phananh.local.LocalServicesTest.elasticsearchBecomesHealthy -- Time elapsed: 180.0 s <<< ERROR!
                java.lang.IllegalStateException: Elasticsearch did not become ready within PT3M
                \tat vn.phananh.local.LocalServer.awaitReady(LocalServer.java:97)
                \tat vn.phananh.local.LocalServer.startAndAwait(LocalServer.java:60)
                \tat vn.phananh.local.LocalElasticsearch.start(LocalElasticsearch.java:52)
                """);
        Files.writeString(reports.resolve("vn.phananh.local.LocalServicesTest-output.txt"),
                "started a broker\nuseradd: cannot lock /etc/passwd; try again later.\n");
        Path passing = Files.createDirectories(TREE.resolve("schemas/target/surefire-reports"));
        Files.writeString(passing.resolve("vn.phananh.schema.AvroSerdeTest.txt"),
                "Tests run: 7, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.3 s -- in vn.phananh.schema.AvroSerdeTest\n");
        Files.writeString(passing.resolve("2026-01-01T00-00-00_000-jvmRun1.dump"), "# Created at 2026\nCorrupted STDOUT by directly writing to native stream in forked JVM 1.\n");

        String printed = run(2);

        assertThat(printed).contains("local-services/target/surefire-reports/vn.phananh.local.LocalServicesTest.txt",
                "Tests run: 3, Failures: 1", "✗ vn.phananh.local.LocalServicesTest.elasticsearchBecomesHealthy",
                "Elasticsearch did not become ready within PT3M", "LocalServer.awaitReady", "stack cut at 2 lines",
                "useradd: cannot lock /etc/passwd", "jvmRun1.dump", "Corrupted STDOUT");
        assertThat(printed).doesNotContain("kafkaKeepsItsTopics", "AvroSerdeTest", "LocalElasticsearch.start");
    }

    @Test
    void saysSoWhenNoTestFailed() throws Exception {
        Files.createDirectories(TREE.resolve("schemas/target/surefire-reports"));

        assertThat(run(40)).contains("No failing test report", "failed outside the tests");
    }

    private static String run(int stackLines) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Checkout.root().resolve(".ci/test-reports").toString(), TREE.toString())
                .redirectErrorStream(true);
        builder.environment().put("STACK_LINES", Integer.toString(stackLines));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
