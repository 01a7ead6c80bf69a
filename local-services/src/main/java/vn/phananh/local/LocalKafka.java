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
public final class LocalKafka extends LocalServer {

    private final int port;
    private final int controllerPort;

    public LocalKafka(Distribution distribution, Path dataDir, int port, int controllerPort) {
        super("kafka", "Kafka", distribution, dataDir, List.of(port, controllerPort));
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the log directory on first use, starts the broker and waits until it answers. */
    public LocalKafka start(Duration timeout) {
        startAndAwait(timeout);
        return this;
    }

    @Override
    protected ManagedProcess launch() throws IOException {
        Path config = writeConfig();
        if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
            format(config);
        }
        return ManagedProcess.start("kafka", javaCommand("kafka.Kafka", config.toString()), dataDir, Map.of(), outputFile());
    }

    /** The broker accepts connections before it serves requests: it is asked for the cluster. */
    @Override
    protected boolean ready() {
        return Ports.inUse(port) && answers(bootstrapServers());
    }

    @Override
    protected Path serverLog() {
        return dataDir.resolve("server.log");
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
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties")));
        if (mainClass.equals("kafka.Kafka")) {
            command.addAll(Jvm.profiling("kafka"));
        }
        command.addAll(List.of("-cp", distribution.kafkaLibs().toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
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
}
