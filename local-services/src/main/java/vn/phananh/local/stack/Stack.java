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
 * The whole pipeline as local processes: Kafka, Elasticsearch, Keycloak and the three services,
 * one of each or, for a cluster run, the brokers, nodes and instances its {@link StackConfig.Topology}
 * names. Starts them in dependency order, waits until each is healthy, and stops them in reverse order.
 */
final class Stack {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final StackConfig config;
    private final Map<String, LocalKafka> brokers = new java.util.LinkedHashMap<>();
    private final Map<String, LocalElasticsearch> nodes = new java.util.LinkedHashMap<>();
    private final LocalKeycloak keycloak;
    private final List<ManagedProcess> services = new ArrayList<>();
    private final StackState state = StackState.empty();

    Stack(StackConfig config, Distribution distribution) {
        this.config = config;
        List<String> kafkaParts = config.kafkaParts();
        for (int i = 0; i < kafkaParts.size(); i++) {
            brokers.put(kafkaParts.get(i), new LocalKafka(distribution, config.dataDir().resolve(kafkaParts.get(i)),
                    config.kafka(), config.kafka().nodes().get(i).id()));
        }
        List<String> esParts = config.elasticsearchParts();
        for (int i = 0; i < esParts.size(); i++) {
            nodes.put(esParts.get(i), new LocalElasticsearch(distribution, config.dataDir().resolve(esParts.get(i)),
                    config.elasticsearch(), config.elasticsearch().nodes().get(i).name()));
        }
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
                    + " KAFKA_PORT, ELASTICSEARCH_PORT, KEYCLOAK_PORT, SEARCH_PORT, INGEST_PORT, PROCESSOR_PORT, OUTBOX_PORT, WEB_PORT.");
        }
    }

    /** Starts every part and returns once all are healthy; {@link #ready} follows. */
    void start() {
        state.set("launcher.pid", ProcessHandle.current().pid()).set("root", config.root());
        config.topology().record(state);
        StackConfig.Topology topology = config.topology();
        if (topology.cluster() || brokers.size() > 1 || nodes.size() > 1) {
            say("Cluster run: %d Kafka brokers (replication %d, min ISR %d), %d Elasticsearch nodes (%d replica),"
                    + " %d stream processors, %d search APIs", brokers.size(), topology.replicationFactor(),
                    topology.minInsyncReplicas(), nodes.size(), topology.indexReplicas(), topology.processors(),
                    topology.searchApis());
        }
        KafkaClusterId.keep(config.dataDir(), config.kafka().clusterId());
        say("Starting Kafka, Elasticsearch and Keycloak ...");
        // Start-up is CPU-bound on a small machine: the services boot (most of their start is their own
        // JVM and context) while Elasticsearch and Keycloak still start, once Kafka, which they need from
        // their first second, answers. A service's health waits for what it needs; the search API creates
        // its indices when Elasticsearch comes, the pages sign in at Keycloak only when a person does.
        List<Runnable> others = new ArrayList<>();
        nodes.values().forEach(node -> others.add(() -> node.start(START_TIMEOUT)));
        others.add(() -> keycloak.start(START_TIMEOUT));
        CompletableFuture<Void> othersReady = inBackground(others.toArray(Runnable[]::new));
        inParallel(brokers.values().stream().<Runnable>map(broker -> () -> broker.start(START_TIMEOUT))
                .toArray(Runnable[]::new));
        brokers.forEach((part, broker) -> state.set(part + ".pid", broker.pid()).set(part + ".url", broker.bootstrapServers()));
        state.write(config.stateFile());
        say("Kafka ready at %s", config.kafkaBootstrap());
        new UnitSeed(config).run();
        trainStaleCaches();

        for (ServiceSpec spec : config.services()) {
            ManagedProcess process = ManagedProcess.start(spec.name(), command(spec), config.root(), environment(spec),
                    config.logs().resolve(spec.name() + ".log"));
            services.add(process);
            state.set(spec.name() + ".pid", process.pid()).set(spec.name() + ".url", spec.url())
                    .set(spec.name() + ".health", spec.healthUrl());
        }
        state.write(config.stateFile());
        othersReady.join();
        nodes.forEach((part, node) -> state.set(part + ".pid", node.pid()).set(part + ".url", node.url()));
        state.set("keycloak.pid", keycloak.pid()).set("keycloak.url", config.keycloakUrl());
        state.write(config.stateFile());
        say("Elasticsearch ready at %s, Keycloak ready at %s", config.elasticsearchUrls(), config.keycloakUrl());
        allowPagesToSignIn();
        for (int i = 0; i < services.size(); i++) {
            awaitHealthy(config.services().get(i), services.get(i));
        }
    }

    /**
     * The realm was imported with the pages' address of its first start; the pages may have moved
     * since ({@code WEB_PORT}), so their address is added to the web client's redirects each start.
     */
    private void allowPagesToSignIn() {
        for (ServiceSpec spec : config.services()) {
            if (!spec.module().equals("web-app")) {
                continue;
            }
            try {
                new KeycloakAdmin(config.keycloakUrl(), config.keycloak().adminClientSecret()).allowWebUrl(spec.url());
            }
            catch (RuntimeException ex) {
                say("Could not add %s to the web client's sign-in addresses (%s); sign-in may be refused there.",
                        spec.url(), Pipeline.describe(ex));
            }
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
        List<String> command = new ArrayList<>(List.of(Jvm.java()));
        command.addAll(jvmOptions(spec));
        command.addAll(Jvm.profiling(spec.name()));
        command.addAll(new AotCache(jar(spec.module())).launch());
        return command;
    }

    private List<String> jvmOptions(ServiceSpec spec) {
        // Small heaps and the serial collector: the services share 2 cores with Kafka and Elasticsearch.
        return List.of("-Xms64m", "-Xmx" + maxHeap(spec.module()), "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + config.dataDir().resolve("tmp"));
    }

    /**
     * 512 MiB, but 384 for the processor and the search API: their live heap stayed far below it (the
     * processor's old generation held 33 MiB at rest and 120 MiB just before a collection after a backlog),
     * and the serial collector grows the heap to its maximum under a backlog and keeps it (issue 15's memory
     * goal). The ingest service keeps 512: under overload it holds the requests waiting for Kafka.
     */
    static String maxHeap(String module) {
        return switch (module) {
            case "stream-processor", "search-api" -> "384m";
            default -> "512m";
        };
    }

    /**
     * Trains the AOT cache of each service whose jar was built since its cache was made (the first start
     * after a build), all at once while Elasticsearch and Keycloak may still be starting. A training
     * that fails leaves that service to start from its jar, as before; it is said, not fatal.
     */
    private void trainStaleCaches() {
        if (!AotCache.enabled()) {
            return;
        }
        Map<String, ServiceSpec> stale = new java.util.LinkedHashMap<>();
        for (ServiceSpec spec : config.services()) {
            if (!new AotCache(jar(spec.module())).isFresh()) {
                stale.putIfAbsent(spec.module(), spec);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        say("Making the AOT cache of %s (once after each build; later starts are faster) ...",
                String.join(", ", stale.keySet()));
        long started = System.nanoTime();
        inParallel(stale.values().stream().<Runnable>map(spec -> () -> {
            Map<String, String> env = environment(spec);
            env.put(spec.portVariable(), "0");
            Path log = config.logs().resolve(spec.module() + "-aot.log");
            boolean made;
            try {
                made = new AotCache(jar(spec.module())).train(jvmOptions(spec), env, config.root(), log);
            }
            catch (RuntimeException ex) {
                made = false;
                say("AOT cache of %s: %s", spec.module(), Pipeline.describe(ex));
            }
            if (!made) {
                say("No AOT cache for %s (see %s); it starts without one.", spec.module(), log);
            }
        }).toArray(Runnable[]::new));
        say("AOT caches made in %.1f s.", (System.nanoTime() - started) / 1e9);
    }

    /**
     * What every service is told: where Kafka (every broker), Elasticsearch (every node) and Keycloak are, how
     * topics and indices are replicated, each first instance's port, and this instance's own port and settings.
     */
    private Map<String, String> environment(ServiceSpec spec) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("ELASTICSEARCH_URL", config.elasticsearchUrls());
        env.put("PHANANH_REPLICATION_FACTOR", Integer.toString(config.topology().replicationFactor()));
        if (config.topology().indexReplicas() > 0) {
            env.put("ELASTICSEARCH_INDEX_REPLICAS", Integer.toString(config.topology().indexReplicas()));
        }
        env.put("PHANANH_DATA_DIR", config.dataDir().toString());
        env.put("PHANANH_SECRETS_DIR", config.dataDir().resolve("secrets").toString());
        env.put("KEYCLOAK_URL", config.keycloakUrl());
        env.put(KeycloakSettings.WEB_CLIENT_SECRET, config.keycloak().webClientSecret());
        config.services().reversed().forEach(s -> env.put(s.portVariable(), Integer.toString(s.port())));
        env.put(spec.portVariable(), Integer.toString(spec.port()));
        // The web app's desk page forwards to the ingest service, wherever its port was moved.
        config.services().stream().filter(s -> s.name().equals("ingest-service")).findFirst()
                .ifPresent(s -> env.put("INGEST_URL", s.url()));
        // The first message to a citizen links the tracking page of this stack's web pages.
        env.put("PHANANH_TRACKING_PAGE", config.webUrl() + "/tra-cuu");
        // The development units' tokens are fake and no platform listens: the sender ledgers what it
        // would send without calling out, unless the caller points it at platforms (README).
        // The web app names the browser's address in this header for the tracking lookups' per-client limit.
        env.put("PHANANH_TRACKING_CLIENT_HEADER", "X-Forwarded-For");
        env.put("OUTBOX_DELIVER", System.getenv().getOrDefault("OUTBOX_DELIVER", "false"));
        env.putAll(spec.env());
        return env;
    }

    /** The executable jar the build wrote for a module. */
    private Path jar(String module) {
        Path target = config.root().resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            // The runnable jar: the exec one where the plain jar is a library (search-api), else the plain one.
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
                    .filter(p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar")).toList();
            return jars.stream().filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .or(() -> jars.stream().findFirst())
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
        if (brokers.containsKey(part)) {
            state.set(part + ".pid", brokers.get(part).start(START_TIMEOUT).pid());
        }
        else if (nodes.containsKey(part)) {
            state.set(part + ".pid", nodes.get(part).start(START_TIMEOUT).pid());
        }
        else if (part.equals("keycloak")) {
            state.set("keycloak.pid", keycloak.start(START_TIMEOUT).pid());
        }
        else {
            startServiceAgain(part);
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
        ManagedProcess process = ManagedProcess.start(spec.name(), command(spec), config.root(), environment(spec),
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
        brokers.forEach((part, broker) -> { if (!broker.isRunning()) dead.add(part); });
        nodes.forEach((part, node) -> { if (!node.isRunning()) dead.add(part); });
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
        List<Runnable> servers = new ArrayList<>();
        nodes.values().forEach(node -> servers.add(node::stop));
        brokers.values().forEach(broker -> servers.add(broker::stop));
        servers.add(keycloak::stop);
        inParallel(servers.toArray(Runnable[]::new));
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
        inBackground(tasks).join();
    }

    /** Runs tasks on threads of their own; the future completes when all have, or with the first failure. */
    private static CompletableFuture<Void> inBackground(Runnable... tasks) {
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
        return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
    }

    static void say(String format, Object... args) {
        System.out.println("[pipeline] " + String.format(format, args));
        System.out.flush();
    }
}
