package vn.phananh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./pipeline <args>} against a target, as an operator would, and answers what it printed. */
public final class PipelineCommand {

    /** The exit code, the output (stdout and stderr) and how long the command took. */
    public record Result(int exitCode, String output, Duration took) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** The output's lines that start with {@code prefix}. */
        public List<String> lines(String prefix) {
            return output.lines().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    public static Result run(Target target, Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(target.root().resolve("pipeline").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(target.root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(target.env());
        try {
            Path log = Files.createTempFile("pipeline-", ".out");
            builder.redirectOutput(log.toFile());
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Result(process.exitValue(), output, took);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot run ./pipeline " + String.join(" ", args), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running ./pipeline " + String.join(" ", args), ex);
        }
    }

    /** Like {@link #run} but fails with the command's output when it does not succeed. */
    public static Result require(Target target, Duration timeout, String... args) {
        Result result = run(target, timeout, args);
        if (!result.ok()) {
            throw new IllegalStateException("./pipeline " + String.join(" ", args) + " failed (exit " + result.exitCode()
                    + "):\n" + result.output());
        }
        return result;
    }

    private PipelineCommand() {
    }
}
