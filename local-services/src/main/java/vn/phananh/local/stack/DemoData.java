package vn.phananh.local.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.phananh.local.Jvm;
import vn.phananh.local.ManagedProcess;
import vn.phananh.local.stack.StackConfig.ServiceSpec;

/**
 * Loads the demo data on the first start of an empty data directory: runs the load generator's
 * {@code demo} command (its own JVM, from {@code load-generator/target/}) against the healthy
 * services, shows its progress, and writes the marker {@code demo-loaded} when it succeeded. A
 * failed load leaves no marker, so the next start tries again; the demo's times are anchored in
 * {@code demo-anchor}, so a retry sends the very same messages and duplicates nothing.
 */
final class DemoData {

    static final String MARKER = "demo-loaded";
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final StackConfig config;
    private volatile ManagedProcess process;
    private volatile boolean stopping;

    DemoData(StackConfig config) {
        this.config = config;
    }

    Path marker() {
        return config.dataDir().resolve(MARKER);
    }

    /** Loads the demo unless it is not wanted or already loaded; a failure is reported, not thrown. */
    void loadIfNeeded(boolean wanted) {
        if (!wanted) {
            Stack.say("Demo data: skipped (--no-demo).");
            return;
        }
        if (Files.exists(marker())) {
            Stack.say("Demo data: already loaded (%s).", marker());
            return;
        }
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            Stack.say("Demo data: not loaded, no load-generator jar in %s; build with ./mvnw -DskipTests package.",
                    config.root().resolve("load-generator/target"));
            return;
        }
        Stack.say("Loading the demo data (first start; ./pipeline up --no-demo skips it) ...");
        long started = System.nanoTime();
        int exit = run(jar.get());
        if (stopping) {
            // The pipeline is being stopped: never go on to "Ready".
            throw new IllegalStateException("Stopped while loading the demo data.");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit == 0) {
            writeMarker();
            Stack.say("Demo data loaded in %.1f s.", seconds);
        }
        else {
            Stack.say("Demo data NOT fully loaded (exit %d, see %s); the pipeline runs anyway and the next"
                    + " ./pipeline up tries again.", exit, log());
        }
    }

    /** Stops a load still running (the pipeline is being stopped). */
    void stop() {
        stopping = true;
        ManagedProcess running = process;
        if (running != null && running.isAlive()) {
            running.stop(Duration.ofSeconds(5));
        }
    }

    private int run(Path jar) {
        List<String> command = List.of(Jvm.java(), "-Xmx192m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-jar", jar.toString(), "demo", "--ingest", service("ingest-service").url(),
                "--search", service("search-api").url(), "--keycloak", config.keycloakUrl(),
                "--anchor-file", config.dataDir().resolve("demo-anchor").toString());
        if (stopping) {
            return 1;
        }
        // The log is appended to: show only what this run writes.
        long offset = sizeOf(log());
        process = ManagedProcess.start("demo", command, config.root(), Map.of(), log());
        try (RandomAccessFile out = new RandomAccessFile(log().toFile(), "r")) {
            out.seek(offset);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                echo(out);
                ManagedProcess.pause(500);
            }
            echo(out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (process.isAlive()) {
            Stack.say("Demo data: still loading after %s; stopping it.", TIMEOUT);
            process.stop(Duration.ofSeconds(5));
        }
        return process.exitCode().orElse(1);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        }
        catch (IOException ex) {
            return 0;
        }
    }

    /** Prints the complete lines the demo has written since the last call. */
    private static void echo(RandomAccessFile log) throws IOException {
        long start = log.getFilePointer();
        byte[] bytes = new byte[(int) Math.max(0, log.length() - start)];
        log.readFully(bytes);
        int end = lastNewline(bytes);
        if (end < 0) {
            log.seek(start);
            return;
        }
        System.out.print(new String(bytes, 0, end + 1, StandardCharsets.UTF_8));
        System.out.flush();
        log.seek(start + end + 1);
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private Path log() {
        return config.logs().resolve("demo.log");
    }

    private void writeMarker() {
        try {
            Files.writeString(marker(), "Demo data loaded at " + Instant.now() + "\n", StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + marker(), ex);
        }
    }

    private ServiceSpec service(String name) {
        return config.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The load generator's executable jar, when the build made one. */
    private Optional<Path> jar() {
        Path target = config.root().resolve("load-generator/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("load-generator-[0-9].*-exec\\.jar")).findFirst();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }
}
