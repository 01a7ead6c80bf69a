package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child process started in a process group of its own, with its output in a log file.
 * A small watchdog ends the whole group when the JVM that started it dies, even by
 * {@code kill -9}, so no broker or node outlives a killed test run or launcher.
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} as the leader of a new process group, tied to this JVM's life. */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log) {
        try {
            Files.createDirectories(log.getParent());
            List<String> grouped = new ArrayList<>();
            grouped.add("setsid");
            grouped.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(grouped).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            startWatchdog(process.pid());
            return new ManagedProcess(name, process, log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot start " + name + ": " + ex.getMessage(), ex);
        }
    }

    /** Kills the process group {@code pgid} once the current JVM has gone (checked every second). */
    private static void startWatchdog(long pgid) throws IOException {
        long parent = ProcessHandle.current().pid();
        String script = "while kill -0 " + parent + " 2>/dev/null && kill -0 -- -" + pgid + " 2>/dev/null; do sleep 1; done; "
                + "if kill -0 -- -" + pgid + " 2>/dev/null; then kill -TERM -- -" + pgid
                + "; sleep 10; kill -KILL -- -" + pgid + " 2>/dev/null; fi";
        new ProcessBuilder("setsid", "bash", "-c", script)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code if the process has ended. */
    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** Asks the whole group to stop, waits up to {@code grace}, then kills what is left. */
    public void stop(Duration grace) {
        stopGroup(pid(), grace);
        try {
            process.waitFor();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks process group {@code pgid} to stop, waits up to {@code grace}, kills what is left and
     * waits a little for it to go. Also used for groups this JVM did not start ({@code ./pipeline down}).
     */
    public static void stopGroup(long pgid, Duration grace) {
        signalGroup(pgid, "TERM");
        long deadline = System.nanoTime() + grace.toNanos();
        while (groupAlive(pgid) && System.nanoTime() < deadline) {
            pause(100);
        }
        if (groupAlive(pgid)) {
            signalGroup(pgid, "KILL");
        }
        long killDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (groupAlive(pgid) && System.nanoTime() < killDeadline) {
            pause(100);
        }
    }

    /** Kills the group at once, as a crash would. */
    public void kill() {
        signalGroup(pid(), "KILL");
        try {
            process.waitFor();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a signal to a process group; returns false when no such group exists. */
    public static boolean signalGroup(long pgid, String signal) {
        return run("kill", "-" + signal, "--", "-" + pgid) == 0;
    }

    /** True while any member of the process group lives (zombies waiting to be reaped do not). */
    public static boolean groupAlive(long pgid) {
        if (ProcessStats.available()) {
            return ProcessStats.groupHasLiveMember(pgid);
        }
        return run("kill", "-0", "--", "-" + pgid) == 0;
    }

    private static int run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        catch (IOException ex) {
            return -1;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits between polls of a process or port (there is no event to wait on). */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    /** The last lines of the log, for error messages. */
    public String tail(int lines) {
        return tail(log, lines);
    }

    /** The last lines of a text file, for error messages; a note when there is none. */
    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (IOException | UncheckedIOException ex) {
            return "(nothing at " + file + ")";
        }
    }
}
