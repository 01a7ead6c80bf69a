package vn.phananh.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import vn.phananh.local.Distribution;
import vn.phananh.local.KeycloakTokens;
import vn.phananh.local.LocalKeycloak;
import vn.phananh.local.ManagedProcess;
import vn.phananh.local.stack.StackConfig.ServiceSpec;

/**
 * The operator's entry point behind {@code ./pipeline}: {@code up} starts the whole pipeline and
 * keeps it running until Ctrl-C (or {@code down}); {@code status} checks every part;
 * {@code down} stops what {@code up} started.
 */
public final class Pipeline {

    public static void main(String[] args) {
        long started = System.nanoTime();
        if (PartControl.isCommand(args)) { // kill|stop|start <part>: a fault drill on a running pipeline
            runPartControl(args);
        }
        if (args.length > 0 && args[0].equals("token")) { // token USER: a development user's access token
            runToken(args);
        }
        Arguments arguments = Arguments.parse(args);
        try {
            StackConfig config = arguments.command().equals("up")
                    ? StackConfig.from(arguments.root(), arguments.dataDir(), System.getenv(), arguments.cluster())
                    : StackConfig.ofRunning(arguments.root(), arguments.dataDir(), System.getenv());
            int code = switch (arguments.command()) {
                case "up" -> up(config, started, arguments.demo());
                case "status" -> status(config);
                case "down" -> down(config);
                default -> usage();
            };
            System.exit(code);
        }
        catch (RuntimeException ex) {
            System.err.println("[pipeline] " + describe(ex));
            System.exit(1);
        }
    }

    private static int up(StackConfig config, long started, boolean loadDemo) {
        Optional<StackState> previous = StackState.read(config.stateFile());
        if (previous.isPresent() && ProcessHandle.of(previous.get().pid("launcher")).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("The pipeline already runs (launcher pid " + previous.get().pid("launcher")
                    + "). Use ./pipeline status or ./pipeline down.");
        }
        Stack stack = new Stack(config, Distribution.fromBuild().verified());
        stack.checkPortsFree();
        createDirectories(config);
        DemoData demo = new DemoData(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Stack.say("Stopping ...");
            demo.stop();
            stack.stop();
            Stack.say("Stopped.");
            stopped.countDown();
        }, "pipeline-stop"));
        try {
            stack.start();
            demo.loadIfNeeded(loadDemo);
            stack.ready(started);
        }
        catch (RuntimeException ex) {
            System.err.println("[pipeline] " + describe(ex));
            return 1;
        }
        printUrls(config);
        Stack.say("Press Ctrl-C to stop everything (or run ./pipeline down).");
        watch(stack, stopped);
        return 0;
    }

    /** Reports parts that die while running; returns when the JVM is asked to stop. */
    private static void watch(Stack stack, CountDownLatch stopped) {
        List<String> reported = new ArrayList<>();
        try {
            while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                stack.serveControlRequests();
                List<String> deadNow = stack.deadParts();
                reported.retainAll(deadNow); // a part started again is reported again when it dies again
                for (String dead : deadNow) {
                    if (!reported.contains(dead)) {
                        reported.add(dead);
                        Stack.say("%s has stopped; see its log under var/logs or its data directory.", dead);
                    }
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runPartControl(String[] args) {
        try {
            System.exit(PartControl.run(args));
        }
        catch (RuntimeException ex) {
            System.err.println("[pipeline] " + describe(ex));
            System.exit(1);
        }
    }

    /** {@code token USER [--password P] --root R --data D}: prints the user's access token, nothing else. */
    private static void runToken(String[] args) {
        try {
            if (args.length < 2 || args[1].startsWith("--")) {
                System.err.println("usage: ./pipeline token USER [--password PASSWORD]");
                System.exit(2);
            }
            List<String> rest = new ArrayList<>(List.of(args).subList(2, args.length));
            String password = null;
            int at = rest.indexOf("--password");
            if (at >= 0 && at + 1 < rest.size()) {
                password = rest.remove(at + 1);
                rest.remove(at);
            }
            rest.addFirst("token");
            Arguments arguments = Arguments.parse(rest.toArray(String[]::new));
            StackConfig config = StackConfig.ofRunning(arguments.root(), arguments.dataDir(), System.getenv());
            KeycloakTokens tokens = new KeycloakTokens(config.keycloakUrl() + "/realms/" + LocalKeycloak.REALM);
            System.out.println(tokens.password(args[1], password != null ? password : config.keycloak().devPassword())
                    .accessToken());
            System.exit(0);
        }
        catch (RuntimeException ex) {
            System.err.println("[pipeline] " + describe(ex));
            System.exit(1);
        }
    }

    private static void printUrls(StackConfig config) {
        Stack.say("Kafka bootstrap       %s", config.kafkaBootstrap());
        Stack.say("Elasticsearch         %s", config.elasticsearchUrls());
        Stack.say("Keycloak              %s  (realm %s, admin console %s/admin)", config.keycloakUrl(),
                LocalKeycloak.REALM, config.keycloakUrl());
        for (ServiceSpec spec : config.services()) {
            Stack.say("%-21s %s  (health %s)", spec.name(), spec.url(), spec.healthUrl());
        }
        Stack.say("Data directory        %s", config.dataDir());
    }

    private static int status(StackConfig config) {
        Optional<StackState> found = StackState.read(config.stateFile());
        if (found.isEmpty()) {
            System.out.println("not running (no " + config.stateFile() + ")");
            return 3;
        }
        StackState state = found.get();
        boolean allUp = state.get("ready").isPresent();
        List<String> kafkaParts = config.kafkaParts();
        for (int i = 0; i < kafkaParts.size(); i++) {
            String bootstrap = "127.0.0.1:" + config.kafka().nodes().get(i).port();
            allUp &= line(kafkaParts.get(i), Health.kafka(bootstrap), bootstrap, state.pid(kafkaParts.get(i)));
        }
        List<String> esParts = config.elasticsearchParts();
        for (int i = 0; i < esParts.size(); i++) {
            String url = config.elasticsearch().nodes().get(i).url();
            allUp &= line(esParts.get(i), Health.elasticsearch(url), url, state.pid(esParts.get(i)));
        }
        allUp &= line("keycloak", Health.keycloak(config.keycloakUrl()), config.keycloakUrl(), state.pid("keycloak"));
        for (ServiceSpec spec : config.services()) {
            allUp &= line(spec.name(), Health.actuator(spec.healthUrl()), spec.url(), state.pid(spec.name()));
        }
        if (kafkaParts.size() > 1 || esParts.size() > 1) {
            allUp &= Health.clusterLines(config);
        }
        state.get("readyMillis").ifPresent(ms -> System.out.printf("time to ready: %.1f s%n", Long.parseLong(ms) / 1000.0));
        System.out.println(allUp ? "all parts healthy" : "NOT all parts are healthy");
        return allUp ? 0 : 1;
    }

    private static boolean line(String name, boolean healthy, String url, long pid) {
        long rss = pid > 0 ? Health.rssMib(pid) : 0;
        System.out.printf("%-18s %-5s %-28s rss %5d MiB  pid %d%n", name, healthy ? "UP" : "DOWN", url, rss, pid);
        return healthy;
    }

    private static int down(StackConfig config) {
        Optional<StackState> found = StackState.read(config.stateFile());
        if (found.isEmpty()) {
            System.out.println("[pipeline] nothing to stop: the pipeline is not running.");
            return 0;
        }
        StackState state = found.get();
        long launcher = state.pid("launcher");
        ProcessHandle.of(launcher).ifPresent(handle -> {
            Stack.say("Stopping the pipeline (launcher pid %d) ...", launcher);
            handle.destroy();
            handle.onExit().orTimeout(120, java.util.concurrent.TimeUnit.SECONDS).exceptionally(ex -> null).join();
        });
        // Whatever the launcher could not stop (it was killed, say) is stopped here.
        for (String part : config.parts().reversed()) {
            long pgid = state.pid(part);
            if (pgid > 0 && ManagedProcess.groupAlive(pgid)) {
                ManagedProcess.stopGroup(pgid, Duration.ofSeconds(30));
            }
        }
        try {
            Files.deleteIfExists(config.stateFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Stack.say("Stopped.");
        return 0;
    }

    private static void createDirectories(StackConfig config) {
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.dataDir().resolve("tmp"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The message of the deepest cause: what actually went wrong, without a stack trace. */
    static String describe(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
        return cause == ex ? message : ex.getClass().getSimpleName() + ": " + message;
    }

    private static int usage() {
        System.err.println("usage: Pipeline up|status|down --root <checkout> --data <data directory> [--no-demo] [--cluster]");
        return 2;
    }

    /**
     * The launcher's arguments: a command, the checkout, the data directory, and whether {@code up}
     * loads the demo data into an empty data directory ({@code --no-demo} says not).
     */
    record Arguments(String command, Path root, Path dataDir, boolean demo, boolean cluster) {

        static Arguments parse(String[] args) {
            String command = args.length > 0 ? args[0] : "help";
            Path root = Path.of(".");
            Path data = null;
            boolean demo = true;
            boolean cluster = false;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(value(args, ++i));
                    case "--data" -> data = Path.of(value(args, ++i));
                    case "--no-demo" -> demo = false;
                    case "--cluster" -> cluster = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Arguments(command, root, data != null ? data : root.resolve("var"), demo, cluster);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }

    private Pipeline() {
    }
}
