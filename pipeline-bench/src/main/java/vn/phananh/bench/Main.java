package vn.phananh.bench;

import java.util.Arrays;

import vn.phananh.bench.auth.AuthBenchmark;
import vn.phananh.bench.e2e.EndToEndBenchmark;
import vn.phananh.bench.faults.FaultSuite;

/**
 * {@code e2e}: the whole-pipeline benchmark; {@code faults [scenario...]}: the fault drills;
 * {@code auth}: what signing in costs, and a wrong-credentials flood.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int code = switch (command) {
            case "e2e" -> EndToEndBenchmark.main(Options.parse(rest));
            case "faults" -> FaultSuite.main(Options.parse(rest));
            case "auth" -> AuthBenchmark.main(Options.parse(rest));
            default -> {
                System.err.println("usage: pipeline-bench e2e|faults|auth [options] --root <checkout>");
                yield 2;
            }
        };
        System.exit(code);
    }

    private Main() {
    }
}
