package vn.phananh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A pipeline of the benchmark's own, started with {@code ./pipeline up --detach --no-demo} on free
 * ports and an emptied data directory, and stopped with {@code ./pipeline down} when closed (or
 * when the JVM is stopped by Ctrl-C).
 */
public final class FreshPipeline implements AutoCloseable {

    private final Target target;
    private final PipelineCommand.Result up;
    private final Thread downOnExit;

    private FreshPipeline(Target target, PipelineCommand.Result up, Thread downOnExit) {
        this.target = target;
        this.up = up;
        this.downOnExit = downOnExit;
    }

    public static FreshPipeline start(Path root, Path dataDir) {
        return start(root, dataDir, false);
    }

    /** A fresh pipeline, a cluster run ({@code ./pipeline up --cluster}) when {@code cluster}. */
    public static FreshPipeline start(Path root, Path dataDir, boolean cluster) {
        Target target = Target.onFreePorts(root, dataDir, cluster);
        if (Files.exists(dataDir.resolve("pipeline.properties"))) {
            // A stack left over by an earlier, interrupted run: stop it before its data goes.
            PipelineCommand.run(target, Duration.ofMinutes(3), "down");
        }
        deleteTree(dataDir);
        Thread downOnExit = new Thread(() -> PipelineCommand.run(target, Duration.ofMinutes(3), "down"), "pipeline-down");
        Runtime.getRuntime().addShutdownHook(downOnExit);
        System.out.printf("[bench] starting a fresh pipeline: data %s, ports %s%n", dataDir, portsOf(target));
        System.out.printf("[bench] (if this JVM is killed, stop it with: %s)%n", target.downCommand());
        PipelineCommand.Result up = cluster
                ? PipelineCommand.run(target, Duration.ofMinutes(20), "up", "--detach", "--no-demo", "--cluster")
                : PipelineCommand.run(target, Duration.ofMinutes(15), "up", "--detach", "--no-demo");
        up.lines("[pipeline]").forEach(line -> System.out.println("[bench]   " + line));
        if (!up.ok()) {
            throw new IllegalStateException("./pipeline up failed:\n" + up.output());
        }
        return new FreshPipeline(target, up, downOnExit);
    }

    public Target target() {
        return target;
    }

    /** Wall time of {@code ./pipeline up --detach --no-demo}, from the command to "Ready". */
    public Duration startToReady() {
        return up.took();
    }

    @Override
    public void close() {
        PipelineCommand.Result down = PipelineCommand.run(target, Duration.ofMinutes(3), "down");
        System.out.println("[bench] ./pipeline down: exit " + down.exitCode());
        try {
            Runtime.getRuntime().removeShutdownHook(downOnExit);
        }
        catch (IllegalStateException ex) {
            // already shutting down: the hook runs anyway
        }
    }

    private static String portsOf(Target target) {
        StringBuilder ports = new StringBuilder();
        Target.PORTS.forEach(p -> ports.append(p).append('=').append(target.env().get(p)).append(' '));
        Target.CLUSTER_PORTS.stream().filter(p -> target.env().containsKey(p))
                .forEach(p -> ports.append(p).append('=').append(target.env().get(p)).append(' '));
        return ports.toString().trim();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot empty " + dir, ex);
        }
    }
}
