package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A single-node KRaft Kafka broker in its own process, run from the Maven Central artifacts
 * copied by the build. Its log directory survives a restart; starting a second broker on the
 * same directory is refused (that corrupts the running one).
 */
public final class LocalKafka implements AutoCloseable {

    private final Distribution distribution;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private ManagedProcess process;

    public LocalKafka(Distribution distribution, Path dataDir, int port, int controllerPort) {
        this.distribution = distribution;
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Formats the log directory on first use, starts the broker and waits until it answers. */
    public synchronized LocalKafka start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return this;
        }
        refuseIfTaken();
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                format(config);
            }
            process = ManagedProcess.start("kafka", javaCommand("kafka.Kafka", config.toString()), dataDir,
                    Map.of(), dataDir.resolve("kafka.out"));
            Files.writeString(dataDir.resolve("kafka.pid"), Long.toString(process.pid()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        awaitReady(timeout);
        return this;
    }

    private void refuseIfTaken() {
        if (Ports.inUse(port) || Ports.inUse(controllerPort)) {
            throw new IllegalStateException("Cannot start Kafka: port " + port + " or " + controllerPort
                    + " is already in use. Stop what uses it or choose other ports.");
        }
        Path pidFile = dataDir.resolve("kafka.pid");
        if (Files.exists(pidFile)) {
            try {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                if (ManagedProcess.groupAlive(pid)) {
                    throw new IllegalStateException("A Kafka broker (pid " + pid + ") still runs on " + dataDir
                            + "; a second broker on the same log directory would corrupt it.");
                }
            }
            catch (IOException | NumberFormatException ex) {
                // A stale or unreadable pid file: no live broker is known, so go on.
            }
        }
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(dataDir.resolve("logs"));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        Path config = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            p.store(out, "Written by Phản Ánh local-services");
        }
        Files.writeString(dataDir.resolve("log4j2.properties"), """
                status = warn
                appender.file.type = File
                appender.file.name = file
                appender.file.fileName = %s
                appender.file.layout.type = PatternLayout
                appender.file.layout.pattern = [%%d] %%p %%m (%%c)%%n
                rootLogger.level = INFO
                rootLogger.appenderRef.file.ref = file
                logger.kafka.name = kafka
                logger.kafka.level = WARN
                logger.apache.name = org.apache.kafka
                logger.apache.level = WARN
                """.formatted(dataDir.resolve("server.log")));
        return config;
    }

    private void format(Path config) {
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        List<String> command = javaCommand("kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                config.toString(), "--standalone", "--ignore-formatted");
        try {
            Process format = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("format.out").toFile())).start();
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka log directory failed; see " + dataDir.resolve("format.out"));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", ex);
        }
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Jvm.java(), "-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + dataDir,
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties"),
                "-cp", distribution.kafkaLibs().toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited during start:\n" + process.tail(30)
                        + "\n" + tail(dataDir.resolve("server.log")));
            }
            // The broker accepts connections before it serves requests: ask it for the cluster.
            if (Ports.inUse(port) && answers(bootstrapServers())) {
                return;
            }
            ManagedProcess.pause(200);
        }
        throw new IllegalStateException("Kafka did not become ready within " + timeout + "; see " + process.log());
    }

    /** True when a broker at {@code bootstrap} answers a cluster description within a few seconds. */
    public static boolean answers(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
        catch (Exception ex) {
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }
        catch (IOException ex) {
            return "";
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Stops the broker cleanly (SIGTERM, then SIGKILL after a grace period). */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
            try {
                Files.deleteIfExists(dataDir.resolve("kafka.pid"));
            }
            catch (IOException ex) {
                // The pid file is advisory; the group is gone.
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
