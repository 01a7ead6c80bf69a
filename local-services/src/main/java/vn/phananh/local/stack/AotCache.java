package vn.phananh.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.phananh.local.Jvm;
import vn.phananh.local.ManagedProcess;

/**
 * The JVM's ahead-of-time cache (JEP 483 and 514, Java 25) for a service's executable jar, the way
 * Spring Boot's reference guide describes it ("AOT Cache"): the jar extracted
 * ({@code -Djarmode=tools extract}), one training run that exits once the application context has
 * refreshed ({@code -Dspring.context.exit=onRefresh}) writing {@code -XX:AOTCacheOutput}, and every
 * later start of the extracted jar with {@code -XX:AOTCache}: its classes come loaded and linked, which
 * halved a service's CPU to healthy on this machine (BENCHMARKS.md, issue 15).
 * <p>
 * The cache lives beside the build ({@code <module>/target/aot/}), so every data directory shares it;
 * a new build of the jar makes it stale and the next start trains again. When anything of this fails,
 * the service starts from its jar as before: a cache only ever makes a start faster.
 * {@code PHANANH_AOT_CACHE=false} turns it off.
 */
final class AotCache {

    static final String SWITCH = "PHANANH_AOT_CACHE";
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);

    private final Path jar;
    private final Path directory;

    AotCache(Path jar) {
        this.jar = jar.toAbsolutePath();
        this.directory = this.jar.getParent().resolve("aot");
    }

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getenv().getOrDefault(SWITCH, "true").trim());
    }

    private Path cache() {
        return directory.resolve("app.aot");
    }

    private Path extractedJar() {
        return directory.resolve("app").resolve(jar.getFileName());
    }

    /** True when a cache made from this very jar is there. */
    boolean isFresh() {
        try {
            return Files.isRegularFile(cache()) && Files.isRegularFile(extractedJar())
                    && Files.getLastModifiedTime(cache()).compareTo(Files.getLastModifiedTime(jar)) > 0;
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** What follows the JVM options of a start: the cached, extracted jar when fresh, else the jar itself. */
    List<String> launch() {
        if (enabled() && isFresh()) {
            return List.of("-XX:AOTCache=" + cache(), "-jar", extractedJar().toString());
        }
        return List.of("-jar", jar.toString());
    }

    /**
     * Extracts the jar and runs the training start with the service's own JVM options and environment
     * (Kafka answers by now; nothing is served: the context exits before its lifecycle starts). Returns
     * whether a cache came out; the reason it did not is in {@code log}.
     */
    boolean train(List<String> jvmOptions, Map<String, String> env, Path workDir, Path log) {
        // Two stacks starting at once from one build train one after the other; the second finds it done.
        try (var channel = java.nio.channels.FileChannel.open(jar.getParent().resolve("aot.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            return isFresh() || trainNow(jvmOptions, env, workDir, log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not lock " + jar.getParent().resolve("aot.lock"), ex);
        }
    }

    private boolean trainNow(List<String> jvmOptions, Map<String, String> env, Path workDir, Path log) {
        try {
            deleteTree(directory);
            Files.createDirectories(directory);
            if (run(List.of(Jvm.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    directory.resolve("app").toString()), env, workDir, log) != 0) {
                return false;
            }
            List<String> command = new ArrayList<>();
            command.add(Jvm.java());
            command.addAll(jvmOptions);
            command.addAll(List.of("-XX:AOTCacheOutput=" + cache(), "-Dspring.context.exit=onRefresh",
                    "-jar", extractedJar().toString()));
            int exit = run(command, env, workDir, log);
            if (exit != 0 || !Files.isRegularFile(cache())) {
                Files.deleteIfExists(cache());
                return false;
            }
            // Newer than the jar by construction; set it so a clock step cannot make it look stale.
            Files.setLastModifiedTime(cache(), FileTime.fromMillis(Math.max(System.currentTimeMillis(),
                    Files.getLastModifiedTime(jar).toMillis() + 1000)));
            return true;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not prepare the AOT cache in " + directory, ex);
        }
    }

    private static int run(List<String> command, Map<String, String> env, Path workDir, Path log) {
        ManagedProcess process = ManagedProcess.start("aot-training", command, workDir, env, log);
        long deadline = System.nanoTime() + TRAINING_TIMEOUT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            ManagedProcess.pause(200);
        }
        if (process.isAlive()) {
            process.stop(Duration.ofSeconds(5));
            return -1;
        }
        return process.exitCode().orElse(-1);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
