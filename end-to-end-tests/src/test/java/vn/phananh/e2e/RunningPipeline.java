package vn.phananh.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import vn.phananh.local.Ports;

/**
 * The whole pipeline started as the README says ({@code ./pipeline up --detach}), on free ports and
 * its own data directory under {@code target/}, so tests never meet a developer's running stack.
 */
public final class RunningPipeline implements AutoCloseable {

    private final Map<String, String> env;

    private RunningPipeline(Map<String, String> env) {
        this.env = env;
    }

    /** Ports and a data directory for a pipeline that is not started yet; the directory is emptied. */
    public static RunningPipeline prepare(String name) throws IOException {
        Path data = Path.of("target", name + "-data").toAbsolutePath();
        deleteTree(data);
        Map<String, String> env = new HashMap<>();
        env.put("PHANANH_DATA_DIR", data.toString());
        for (String port : List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "ELASTICSEARCH_PORT",
                "ELASTICSEARCH_TRANSPORT_PORT", "KEYCLOAK_PORT", "KEYCLOAK_MANAGEMENT_PORT", "SEARCH_PORT", "INGEST_PORT",
                "PROCESSOR_PORT", "OUTBOX_PORT", "WEB_PORT")) {
            env.put(port, Integer.toString(Ports.free()));
        }
        return new RunningPipeline(env);
    }

    private static RunningPipeline shared;

    /**
     * One pipeline for the test classes of this JVM that need the whole stack with demo data
     * ({@code ./pipeline up --detach}), started at the first call and stopped when the JVM ends:
     * starting it takes minutes, so the suite does it once.
     */
    public static synchronized RunningPipeline shared() throws IOException, InterruptedException {
        if (shared == null) {
            RunningPipeline pipeline = prepare("shared-pipeline");
            Result up = pipeline.run("up", "--detach");
            if (up.exitCode() != 0 || !up.output().contains("Ready in")) {
                pipeline.close();
                throw new IllegalStateException("./pipeline up failed:\n" + up.output());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pipeline.close();
                }
                catch (IOException | InterruptedException ex) {
                    // The JVM is ending; the data directory names what is left.
                }
            }, "shared-pipeline-down"));
            shared = pipeline;
        }
        return shared;
    }

    public Map<String, String> env() {
        return env;
    }

    /** The data directory; the services' logs are under {@code logs/}. */
    public Path dataDir() {
        return Path.of(env.get("PHANANH_DATA_DIR"));
    }

    public String searchUrl() {
        return "http://127.0.0.1:" + env.get("SEARCH_PORT");
    }

    /** The web app: the pages. */
    public String webUrl() {
        return "http://127.0.0.1:" + env.get("WEB_PORT");
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + env.get("INGEST_PORT");
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + env.get("KEYCLOAK_PORT");
    }

    /** A development user's access token from the pipeline's realm. */
    public String accessToken(String user, String password) {
        return new vn.phananh.local.KeycloakTokens(keycloakUrl() + "/realms/" + vn.phananh.local.LocalKeycloak.REALM)
                .password(user, password).accessToken();
    }

    /** Runs {@code ./pipeline <args>} with this pipeline's environment and returns its exit code and output. */
    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Checkout.root().resolve("pipeline").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Checkout.root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Files.createDirectories(Path.of("target"));
        Path log = Files.createTempFile(Path.of("target"), "pipeline-", ".out");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    /** Stops every part; safe to call when nothing runs. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("down");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public record Result(int exitCode, String output) {
    }
}
