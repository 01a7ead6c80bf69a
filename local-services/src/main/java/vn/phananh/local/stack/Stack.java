package vn.phananh.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import vn.phananh.local.Distribution;
import vn.phananh.local.Jvm;
import vn.phananh.local.KeycloakAdmin;
import vn.phananh.local.KeycloakSettings;
import vn.phananh.local.LocalElasticsearch;
import vn.phananh.local.LocalKafka;
import vn.phananh.local.LocalKeycloak;
import vn.phananh.local.ManagedProcess;
import vn.phananh.local.Ports;
import vn.phananh.local.stack.StackConfig.ServiceSpec;

/**
 * The whole pipeline as local processes: Kafka, Elasticsearch, Keycloak and the three services.
 * Starts them in dependency order, waits until each is healthy, and stops them in reverse order.
 */
final class Stack {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final StackConfig config;
    private final LocalKafka kafka;
    private final LocalElasticsearch elasticsearch;
    private final LocalKeycloak keycloak;
    private final List<ManagedProcess> services = new ArrayList<>();
    private final StackState state = StackState.empty();

    Stack(StackConfig config, Distribution distribution) {
        this.config = config;
        this.kafka = new LocalKafka(distribution, config.dataDir().resolve("kafka"), config.kafkaPort(),
                config.kafkaControllerPort());
        this.elasticsearch = new LocalElasticsearch(distribution, config.dataDir().resolve("elasticsearch"),
                config.elasticsearchPort(), config.elasticsearchTransportPort());
        this.keycloak = new LocalKeycloak(distribution, config.dataDir().resolve("keycloak"), config.keycloakPort(),
                config.keycloakManagementPort(), config.keycloak());
    }

    /** Refuses to start over ports that are taken, naming each one. */
    void checkPortsFree() {
        List<String> taken = config.ports().entrySet().stream()
                .filter(e -> Ports.inUse(e.getKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("These ports are already in use: " + String.join(", ", taken)
                    + ". Stop what uses them (./pipeline down if it is an earlier stack), or choose other ports with"
                    + " KAFKA_PORT, ELASTICSEARCH_PORT, KEYCLOAK_PORT, SEARCH_PORT, INGEST_PORT, PROCESSOR_PORT.");
        }
    }

    /** Starts every part and returns once all are healthy; {@link #ready} follows. */
    void start() {
        state.set("launcher.pid", ProcessHandle.current().pid()).set("root", config.root());
        say("Starting Kafka, Elasticsearch and Keycloak ...");
        inParallel(() -> kafka.start(START_TIMEOUT), () -> elasticsearch.start(START_TIMEOUT),
                () -> keycloak.start(START_TIMEOUT));
        state.set("kafka.pid", kafka.pid()).set("kafka.url", config.kafkaBootstrap())
                .set("elasticsearch.pid", elasticsearch.pid()).set("elasticsearch.url", config.elasticsearchUrl())
                .set("keycloak.pid", keycloak.pid()).set("keycloak.url", config.keycloakUrl());
        state.write(config.stateFile());
        say("Kafka ready at %s, Elasticsearch ready at %s, Keycloak ready at %s", config.kafkaBootstrap(),
                config.elasticsearchUrl(), config.keycloakUrl());
        allowPagesToSignIn();
        new UnitSeed(config).run();

        for (ServiceSpec spec : config.services()) {
            ManagedProcess process = ManagedProcess.start(spec.name(), command(spec), config.root(), environment(),
                    config.logs().resolve(spec.name() + ".log"));
            services.add(process);
            state.set(spec.name() + ".pid", process.pid()).set(spec.name() + ".url", spec.url())
                    .set(spec.name() + ".health", spec.healthUrl());
        }
        state.write(config.stateFile());
        for (int i = 0; i < services.size(); i++) {
            awaitHealthy(config.services().get(i), services.get(i));
        }
    }

    /**
     * The realm was imported with the pages' address of its first start; the pages may have moved
     * since ({@code SEARCH_PORT}), so their address is added to the web client's redirects each start.
     */
    private void allowPagesToSignIn() {
        try {
            new KeycloakAdmin(config.keycloakUrl(), config.keycloak().adminClientSecret()).allowWebUrl(config.webUrl());
        }
        catch (RuntimeException ex) {
            say("Could not add %s to the web client's sign-in addresses (%s); sign-in may be refused there.",
                    config.webUrl(), Pipeline.describe(ex));
        }
    }

    /** Records and announces that the pipeline is ready: every part healthy and the demo data, if wanted, in. */
    void ready(long startedAtNanos) {
        long millis = Duration.ofNanos(System.nanoTime() - startedAtNanos).toMillis();
        state.set("ready", true).set("readyMillis", millis);
        state.write(config.stateFile());
        say("Ready in %.1f s.", millis / 1000.0);
    }

    private List<String> command(ServiceSpec spec) {
        // Small heaps and the serial collector: three services share 2 cores with Kafka and Elasticsearch.
        List<String> command = new java.util.ArrayList<>(List.of(Jvm.java(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + config.dataDir().resolve("tmp")));
        command.addAll(Jvm.profiling(spec.name()));
        command.addAll(List.of("-jar", jar(spec.module()).toString()));
        return command;
    }

    private Map<String, String> environment() {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("ELASTICSEARCH_URL", config.elasticsearchUrl());
        env.put("PHANANH_DATA_DIR", config.dataDir().toString());
        env.put("PHANANH_SECRETS_DIR", config.dataDir().resolve("secrets").toString());
        env.put("KEYCLOAK_URL", config.keycloakUrl());
        env.put(KeycloakSettings.WEB_CLIENT_SECRET, config.keycloak().webClientSecret());
        config.services().forEach(s -> env.put(s.portVariable(), Integer.toString(s.port())));
        // The search API's desk page forwards to the ingest service, wherever its port was moved.
        config.services().stream().filter(s -> s.name().equals("ingest-service")).findFirst()
                .ifPresent(s -> env.put("INGEST_URL", s.url()));
        return env;
    }

    /** The executable jar the build wrote for a module. */
    private Path jar(String module) {
        Path target = config.root().resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
                    .filter(p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests|exec)\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar for " + module + " in " + target
                            + "; build with ./mvnw -DskipTests package"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No build output for " + module + " at " + target
                    + "; build with ./mvnw -DskipTests package", ex);
        }
    }

    private void awaitHealthy(ServiceSpec spec, ManagedProcess process) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited during start. Last lines of "
                        + process.log() + ":\n" + process.tail(25));
            }
            if (Health.actuator(spec.healthUrl())) {
                say("%-17s ready at %s", spec.name(), spec.url());
                return;
            }
            ManagedProcess.pause(500);
        }
        throw new IllegalStateException(spec.name() + " did not become healthy within " + START_TIMEOUT
                + "; see " + process.log());
    }

    /**
     * Starts one part again after it was stopped or killed ({@code ./pipeline start <part>}), as
     * {@link #start} did, and returns once it is healthy. A part that runs is left alone.
     */
    void startAgain(String part) {
        switch (part) {
            case "kafka" -> state.set("kafka.pid", kafka.start(START_TIMEOUT).pid());
            case "elasticsearch" -> state.set("elasticsearch.pid", elasticsearch.start(START_TIMEOUT).pid());
            case "keycloak" -> state.set("keycloak.pid", keycloak.start(START_TIMEOUT).pid());
            default -> startServiceAgain(part);
        }
        state.write(config.stateFile());
        say("%s started again.", part);
    }

    private void startServiceAgain(String name) {
        int i = config.services().stream().map(ServiceSpec::name).toList().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("No part named " + name);
        }
        if (services.get(i).isAlive()) {
            return;
        }
        ServiceSpec spec = config.services().get(i);
        ManagedProcess process = ManagedProcess.start(spec.name(), command(spec), config.root(), environment(),
                config.logs().resolve(spec.name() + ".log"));
        services.set(i, process);
        state.set(spec.name() + ".pid", process.pid());
        state.write(config.stateFile());
        awaitHealthy(spec, process);
    }

    /** Serves {@code ./pipeline start <part>} requests; the launcher calls it every second. */
    void serveControlRequests() {
        PartControl.serve(this, config);
    }

    /** Names the parts that died since start, if any. */
    List<String> deadParts() {
        List<String> dead = new ArrayList<>();
        for (ManagedProcess service : services) {
            if (!service.isAlive()) {
                dead.add(service.name());
            }
        }
        if (!kafka.isRunning()) {
            dead.add("kafka");
        }
        if (!elasticsearch.isRunning()) {
            dead.add("elasticsearch");
        }
        if (!keycloak.isRunning()) {
            dead.add("keycloak");
        }
        return dead;
    }

    /** Stops the services first, then Elasticsearch and Kafka, and removes the state file. */
    void stop() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop(Duration.ofSeconds(30));
        }
        inParallel(elasticsearch::stop, kafka::stop, keycloak::stop);
        try {
            Files.deleteIfExists(config.stateFile());
        }
        catch (IOException ex) {
            // The next start overwrites it.
        }
    }

    /**
     * Runs tasks on threads of their own and waits for all. Not the common fork-join pool: its
     * threads lack the launcher's class loader, which Kafka's client needs to load its classes.
     */
    private static void inParallel(Runnable... tasks) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Runnable task : tasks) {
            CompletableFuture<Void> future = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                    future.complete(null);
                }
                catch (RuntimeException | Error ex) {
                    future.completeExceptionally(ex);
                }
            });
            thread.start();
            done.add(future);
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
    }

    static void say(String format, Object... args) {
        System.out.println("[pipeline] " + String.format(format, args));
        System.out.flush();
    }
}
