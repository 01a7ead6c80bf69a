package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The few operating-system user operations the local Elasticsearch node needs when run as root. */
final class Users {

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void ensureSystemUser(String name) {
        if (run(List.of("id", "-u", name)) != 0
                && run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name)) != 0
                && run(List.of("id", "-u", name)) != 0) {
            throw new IllegalStateException("Cannot create the system user " + name + " that Elasticsearch runs as");
        }
    }

    static void chown(String user, Path dir) {
        if (run(List.of("chown", "-R", user + ":" + user, dir.toString())) != 0) {
            throw new IllegalStateException("Cannot give " + dir + " to " + user);
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Users() {
    }
}
