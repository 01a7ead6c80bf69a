package vn.phananh.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.phananh.bench.auth.AuthBenchmark;
import vn.phananh.bench.e2e.EndToEndBenchmark;
import vn.phananh.bench.faults.FaultSuite;
import vn.phananh.bench.running.LoadGenerator;

/**
 * {@code e2e}: the whole-pipeline benchmark, on a fresh pipeline of its own or, with
 * {@code --running}, against the one already up; {@code faults [scenario...]}: the fault drills;
 * {@code auth}: what signing in costs, and a wrong-credentials flood.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int code = switch (command) {
            case "e2e" -> Arrays.asList(rest).contains("--running") ? LoadGenerator.main(againstRunning(rest))
                    : EndToEndBenchmark.main(Options.parse(rest));
            case "faults" -> FaultSuite.main(Options.parse(without(without(rest, "--cluster"), "--running")),
                    Arrays.asList(rest).contains("--cluster"), Arrays.asList(rest).contains("--running"));
            case "auth" -> AuthBenchmark.main(Options.parse(rest));
            default -> {
                System.err.println("usage: pipeline-bench e2e [--running ...]|faults|auth [options] --root <checkout>");
                yield 2;
            }
        };
        System.exit(code);
    }

    private static String[] without(String[] args, String flag) {
        return Arrays.stream(args).filter(a -> !a.equals(flag)).toArray(String[]::new);
    }

    /** The options of a run against the running pipeline: without --running and the launcher's --root. */
    private static String[] againstRunning(String[] args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root")) {
                i++;
            }
            else if (!args[i].equals("--running")) {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    private Main() {
    }
}
