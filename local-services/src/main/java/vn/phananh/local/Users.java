package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The few operating-system user operations the local Elasticsearch node needs when run as root. */
final class Users {

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Creates the system user if it is missing. Another JVM (a parallel build, the launcher) may be
     * creating it at the same moment, and useradd then fails on the lock of /etc/passwd: it is
     * asked again for a while, and what it said last is in the error.
     */
    static void ensureSystemUser(String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Result last = null;
        while (System.nanoTime() < deadline) {
            if (run(List.of("id", "-u", name)).code() == 0) {
                return;
            }
            last = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name));
            if (last.code() == 0) {
                return;
            }
            ManagedProcess.pause(500);
        }
        throw new IllegalStateException("Cannot create the system user " + name + " that Elasticsearch runs as"
                + " (Elasticsearch refuses to run as root): useradd answered " + last.code() + ": " + last.output()
                + ". Create it by hand (useradd --system " + name + ") or run the tests as another user.");
    }

    static void chown(String user, Path dir) {
        Result result = run(List.of("chown", "-R", user + ":" + user, dir.toString()));
        if (result.code() != 0) {
            throw new IllegalStateException("Cannot give " + dir + " to " + user + ": " + result.output());
        }
    }

    /**
     * Fails with what to do when {@code user} cannot reach {@code path}: a checkout under a
     * directory only root may enter (/root is mode 700) gives Elasticsearch, running as its
     * own user, a bare "permission denied" at start otherwise.
     */
    static void requireReachable(String user, Path path) {
        Path closed = firstClosedTo(user, path);
        if (closed != null) {
            throw new IllegalStateException("Elasticsearch runs as the user " + user + " (it refuses to run as"
                    + " root), who cannot enter " + closed + " on the way to " + path + ". Put the checkout"
                    + " where every user may enter (e.g. /srv or /opt), or allow it: chmod o+x " + closed);
        }
    }

    /** The first directory on the way to {@code path} that {@code user} (owning nothing there) may not enter. */
    static Path firstClosedTo(String user, Path path) {
        List<Path> dirs = new java.util.ArrayList<>();
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            dirs.addFirst(dir);
        }
        for (Path dir : dirs) {
            try {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                var attributes = Files.readAttributes(dir, java.nio.file.attribute.PosixFileAttributes.class);
                boolean own = attributes.owner().getName().equals(user);
                var permissions = attributes.permissions();
                if (!permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)
                        && !(own && permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE))) {
                    return dir;
                }
            }
            catch (IOException | UnsupportedOperationException ex) {
                return null; // not a POSIX file system: nothing to tell in advance
            }
        }
        return null;
    }

    record Result(int code, String output) {
    }

    /** Runs a command with its output in a file (a pipe could fill up and stall it), keeping the output's start. */
    private static Result run(List<String> command) {
        Path output = null;
        try {
            output = Files.createTempFile("phananh-users", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish within 30 s");
            }
            String said = Files.readString(output, StandardCharsets.UTF_8).strip();
            return new Result(process.exitValue(), said.length() > 500 ? said.substring(0, 500) + "…" : said);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot run " + command.getFirst() + ": " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
        finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private Users() {
    }
}
