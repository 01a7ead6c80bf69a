package vn.phananh.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.phananh.local.ManagedProcess;
import vn.phananh.local.Ports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's path, as the README gives it: {@code ./pipeline up --detach} brings every part
 * up healthy, {@code ./pipeline status} says so, {@code ./pipeline down} leaves no process behind.
 */
class PipelineCommandTest {

    private static final Path DATA = Path.of("target/pipeline-test-data").toAbsolutePath();
    private static final Pattern PART = Pattern.compile("^(\\S+)\\s+(UP|DOWN)\\s+(\\S+)\\s+rss\\s+(\\d+) MiB\\s+pid (\\d+)$");
    private static final Map<String, String> ENV = freePorts();

    @AfterAll
    static void stopWhateverIsLeft() throws Exception {
        run("down");
    }

    @Test
    void startsEveryPartHealthyAndStopsWithoutLeftovers() throws Exception {
        // Loading the demo data takes minutes and is not what this test is about.
        Result up = run("up", "--detach", "--no-demo");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("Ready in", "Demo data: skipped");
        // Ready means searchable: the services start while Elasticsearch may still be starting, and the
        // search API is healthy only once it has made its indices and aliases there.
        HttpResponse<String> aliases = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + ENV.get("ELASTICSEARCH_PORT") + "/_alias/feedback,alerts,channel-events")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(aliases.statusCode()).as(aliases.body()).isEqualTo(200);

        Result status = run("status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        List<String[]> parts = parts(status.output());
        assertThat(parts).extracting(p -> p[0]).containsExactlyInAnyOrder("kafka", "elasticsearch", "keycloak",
                "search-api", "ingest-service", "stream-processor", "outbox-sender", "web-app");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p[1]).as(p[0]).isEqualTo("UP");
            assertThat(Long.parseLong(p[3])).as("resident MiB of " + p[0]).isPositive();
        });
        assertThat(status.output()).contains("time to ready:", "all parts healthy");
        // Each service ran from its AOT cache (made by this start or an earlier one since the build), and
        // its JVM took it: a stale or unreadable cache is an "[error][aot]" line in the service's log.
        assertThat(parts).filteredOn(p -> List.of("search-api", "ingest-service", "stream-processor", "outbox-sender",
                "web-app").contains(p[0])).hasSize(5).allSatisfy(p -> {
            String command = Files.readString(Path.of("/proc", p[4], "cmdline")).replace('\0', ' ');
            assertThat(command).as(p[0]).contains("-XX:AOTCache=").contains("/target/aot/app/");
            assertThat(Files.readString(DATA.resolve("logs").resolve(p[0] + ".log"))).as(p[0] + "'s log")
                    .doesNotContainPattern("\\[error *\\]\\[aot\\]");
        });

        Result token = run("token", "staff-hung-cuong");
        assertThat(token.exitCode()).as(token.output()).isZero();
        assertThat(token.output().trim()).as("a signed JWT").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ENV.get("SEARCH_PORT") + "/api/v1/feedback?q=ngap"))
                .header("Authorization", "Bearer " + token.output().trim()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).as("a fresh pipeline's search is empty, not unavailable: " + search.body())
                .isEqualTo(200);
        Result refused = run("token", "staff-hung-cuong", "--password", "sai-mat-khau");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("invalid_grant").doesNotContain("Exception");

        Result down = run("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(parts).allSatisfy(p ->
                assertThat(ManagedProcess.groupAlive(Long.parseLong(p[4]))).as(p[0] + " still running").isFalse());
        ENV.entrySet().stream().filter(e -> e.getKey().endsWith("PORT"))
                .forEach(e -> assertThat(Ports.inUse(Integer.parseInt(e.getValue()))).as(e.getKey()).isFalse());
        assertThat(run("status").exitCode()).isNotZero();
    }

    private static List<String[]> parts(String output) {
        List<String[]> parts = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher matcher = PART.matcher(line.trim());
            if (matcher.matches()) {
                parts.add(new String[] { matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                        matcher.group(5) });
            }
        }
        return parts;
    }

    private static Map<String, String> freePorts() {
        Map<String, String> env = new HashMap<>();
        env.put("PHANANH_DATA_DIR", DATA.toString());
        for (String name : List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "ELASTICSEARCH_PORT",
                "ELASTICSEARCH_TRANSPORT_PORT", "KEYCLOAK_PORT", "KEYCLOAK_MANAGEMENT_PORT", "SEARCH_PORT", "INGEST_PORT",
                "PROCESSOR_PORT", "OUTBOX_PORT", "WEB_PORT")) {
            env.put(name, Integer.toString(Ports.free()));
        }
        return env;
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Checkout.root().resolve("pipeline").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Checkout.root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(ENV);
        Path log = Files.createTempFile(Path.of("target"), "pipeline-", ".out");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
