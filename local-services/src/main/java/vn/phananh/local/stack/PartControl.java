package vn.phananh.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import vn.phananh.local.ManagedProcess;

/**
 * {@code ./pipeline kill|stop|start <part>}: one part of a running pipeline crashed, stopped or
 * started again, for fault drills. {@code kill} (SIGKILL) and {@code stop} (SIGTERM, then SIGKILL
 * after 30 s) signal the part's process group named in the state file. {@code start} is served by
 * the running launcher, because it owns the processes: a part it starts is stopped by
 * {@code down} and Ctrl-C like the others and dies with it. The command leaves a request file in
 * {@code control/}, the launcher starts the part, waits until it is healthy and answers in a
 * {@code .done} file.
 */
final class PartControl {

    static final List<String> COMMANDS = List.of("kill", "stop", "start");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final String REQUEST = "start-";
    private static final String DONE = ".done";

    static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** {@code <command> <part> --root <checkout> --data <dir>}; answers the exit code. */
    static int run(String[] args) {
        String part = args.length > 1 ? args[1] : "";
        String[] rest = Stream.concat(Stream.of(args[0]), Arrays.stream(args, 2, args.length)).toArray(String[]::new);
        Pipeline.Arguments arguments = Pipeline.Arguments.parse(rest);
        StackConfig config = StackConfig.ofRunning(arguments.root(), arguments.dataDir(), System.getenv());
        List<String> parts = config.parts();
        if (!parts.contains(part)) {
            System.err.println("usage: ./pipeline kill|stop|start <part>, where part is one of " + String.join(", ", parts));
            return 2;
        }
        StackState state = StackState.read(config.stateFile())
                .orElseThrow(() -> new IllegalStateException("The pipeline is not running (no " + config.stateFile() + ")."));
        return switch (args[0]) {
            case "kill" -> signal(state, part, true);
            case "stop" -> signal(state, part, false);
            default -> start(config, state, part);
        };
    }

    private static int signal(StackState state, String part, boolean kill) {
        long pgid = state.pid(part);
        if (pgid <= 0 || !ManagedProcess.groupAlive(pgid)) {
            Stack.say("%s is not running.", part);
            return 0;
        }
        if (kill) {
            ManagedProcess.signalGroup(pgid, "KILL");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ManagedProcess.groupAlive(pgid) && System.nanoTime() < deadline) {
                ManagedProcess.pause(50);
            }
        }
        else {
            ManagedProcess.stopGroup(pgid, Duration.ofSeconds(30));
        }
        Stack.say("%s %s (process group %d).", part, kill ? "killed" : "stopped", pgid);
        return 0;
    }

    private static int start(StackConfig config, StackState state, String part) {
        long launcher = state.pid("launcher");
        if (!ProcessHandle.of(launcher).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("No running launcher (pid " + launcher + ") to start " + part
                    + "; use ./pipeline up.");
        }
        Path dir = controlDir(config);
        Path done = dir.resolve(REQUEST + part + DONE);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(done);
            Files.writeString(dir.resolve(REQUEST + part), part);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!Files.exists(done)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The launcher did not start " + part + " within " + START_TIMEOUT);
                }
                ManagedProcess.pause(200);
            }
            String answer = Files.readString(done, StandardCharsets.UTF_8).trim();
            Files.deleteIfExists(done);
            if (!answer.equals("ok")) {
                System.err.println("[pipeline] " + answer);
                return 1;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Stack.say("%s started and healthy.", part);
        return 0;
    }

    /** Called by the launcher every second: starts each part a {@code start} command asked for. */
    static void serve(Stack stack, StackConfig config) {
        Path dir = controlDir(config);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> requests;
        try (Stream<Path> files = Files.list(dir)) {
            requests = files.filter(f -> f.getFileName().toString().startsWith(REQUEST))
                    .filter(f -> !f.getFileName().toString().endsWith(DONE) && !f.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
        catch (IOException ex) {
            return; // looked again in a second
        }
        for (Path request : requests) {
            String part = request.getFileName().toString().substring(REQUEST.length());
            String answer;
            try {
                Files.deleteIfExists(request);
                stack.startAgain(part);
                answer = "ok";
            }
            catch (IOException | RuntimeException ex) {
                answer = "Cannot start " + part + ": " + Pipeline.describe(ex);
            }
            answer(dir.resolve(REQUEST + part + DONE), answer);
        }
    }

    private static void answer(Path done, String text) {
        try {
            Path tmp = done.resolveSibling(done.getFileName() + ".tmp");
            Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            Stack.say("Cannot answer %s: %s", done, ex.getMessage());
        }
    }

    private static Path controlDir(StackConfig config) {
        return config.dataDir().resolve("control");
    }

    private PartControl() {
    }
}
