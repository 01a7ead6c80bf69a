package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A server of the local stack (the Kafka broker, the Elasticsearch node) in a process group of its
 * own, with its files under one data directory: its output in {@code <name>.out}, its pid in
 * {@code <name>.pid}. It is started at most once, refused when its ports are taken or a live
 * process still owns the directory (a second broker on a log directory corrupts the first), and
 * waited for until it serves; when it exits or does not get ready in time, the error carries the
 * end of its output and of its own log, so a CI log tells why.
 */
public abstract class LocalServer implements AutoCloseable {

    protected final Distribution distribution;
    protected final Path dataDir;
    private final String name;
    private final String title;
    private final List<Integer> ports;
    private ManagedProcess process;

    protected LocalServer(String name, String title, Distribution distribution, Path dataDir, List<Integer> ports) {
        this.name = name;
        this.title = title;
        this.distribution = distribution;
        this.dataDir = dataDir.toAbsolutePath();
        this.ports = List.copyOf(ports);
    }

    /** Starts the server's process (the checks are done); the caller writes the pid file and waits. */
    protected abstract ManagedProcess launch() throws IOException;

    /** Whether the started server serves requests yet (accepting connections is not enough). */
    protected abstract boolean ready();

    /** The server's own log file, whose end goes into start errors. */
    protected abstract Path serverLog();

    public Path dataDir() {
        return dataDir;
    }

    /** Starts the server unless it runs, and waits up to {@code timeout} until it serves. */
    protected final synchronized void startAndAwait(Duration timeout) {
        if (isRunning()) {
            return;
        }
        refuseIfTaken();
        try {
            process = launch();
            Files.writeString(pidFile(), Long.toString(process.pid()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        awaitReady(timeout);
    }

    private void refuseIfTaken() {
        List<Integer> taken = ports.stream().filter(Ports::inUse).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Cannot start " + title + ": port " + taken.stream().map(String::valueOf)
                    .collect(Collectors.joining(" and ")) + " already in use. Stop what uses it or choose other ports.");
        }
        if (Files.exists(pidFile())) {
            try {
                long pid = Long.parseLong(Files.readString(pidFile()).trim());
                if (ManagedProcess.groupAlive(pid)) {
                    throw new IllegalStateException("A " + title + " process (pid " + pid + ") still runs on " + dataDir
                            + "; a second one on the same directory would corrupt it.");
                }
            }
            catch (IOException | NumberFormatException ex) {
                // A stale or unreadable pid file: no live process is known, so go on.
            }
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(title + " exited during start (" + process.exitCode().orElse(-1) + ")"
                        + whatItSaid());
            }
            if (ready()) {
                return;
            }
            ManagedProcess.pause(250);
        }
        throw new IllegalStateException(title + " did not become ready within " + timeout + " (a loaded machine"
                + " starts it slowly: -Dphananh.test.services.start-timeout=PT10M gives tests longer)" + whatItSaid());
    }

    private String whatItSaid() {
        return "; its output (" + process.log() + "):\n" + process.tail(30) + "\nits log (" + serverLog() + "):\n"
                + ManagedProcess.tail(serverLog(), 30);
    }

    protected Path outputFile() {
        return dataDir.resolve(name + ".out");
    }

    private Path pidFile() {
        return dataDir.resolve(name + ".pid");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Stops cleanly (SIGTERM to the group, then SIGKILL after 30 s). */
    public synchronized void stop() {
        stop(Duration.ofSeconds(30));
    }

    /** Stops within {@code grace}, then kills; a test run whose data is thrown away needs no clean stop. */
    public synchronized void stop(Duration grace) {
        if (process != null) {
            process.stop(grace);
            process = null;
            try {
                Files.deleteIfExists(pidFile());
            }
            catch (IOException ex) {
                // The pid file is advisory; the group is gone.
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
