package vn.phananh.load;

import java.util.Arrays;

import vn.phananh.load.demo.DemoLoader;

/** The jar's entry point: {@code demo} loads the demo data (the benchmarks are pipeline-bench's). */
public final class Main {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "demo" -> DemoLoader.main(rest);
            default -> {
                System.err.println("usage: java -jar load-generator-exec.jar demo [options]  (--help)");
                System.exit(2);
            }
        }
    }

    private Main() {
    }
}
