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
 * A KRaft Kafka node (broker and controller in one process), run from the Maven Central artifacts
 * copied by the build: the single broker of the development stack, or one node of a
 * {@link KafkaCluster}. Its log directory survives a restart; starting a second broker on the
 * same directory is refused (that corrupts the running one).
 */
public final class LocalKafka extends LocalServer {

    private final KafkaCluster cluster;
    private final int nodeId;
    private final int port;
    private final int controllerPort;

    public LocalKafka(Distribution distribution, Path dataDir, int port, int controllerPort) {
        this(distribution, dataDir, KafkaCluster.single(port, controllerPort), 1);
    }

    /** Node {@code nodeId} of {@code cluster}, its log directory under {@code dataDir}. */
    public LocalKafka(Distribution distribution, Path dataDir, KafkaCluster cluster, int nodeId) {
        super("kafka", cluster.isSingle() ? "Kafka" : "Kafka node " + nodeId, distribution, dataDir,
                List.of(cluster.node(nodeId).port(), cluster.node(nodeId).controllerPort()));
        this.cluster = cluster;
        this.nodeId = nodeId;
        this.port = cluster.node(nodeId).port();
        this.controllerPort = cluster.node(nodeId).controllerPort();
    }

    /** This broker's own address (a client of the cluster is given {@link KafkaCluster#bootstrapServers()}). */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int nodeId() {
        return nodeId;
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
        p.put("node.id", Integer.toString(nodeId));
        if (cluster.isSingle()) {
            p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        }
        else {
            p.put("controller.quorum.voters", cluster.voters());
        }
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "3");
        String replication = Integer.toString(cluster.replicationFactor());
        String minIsr = Integer.toString(cluster.minInsyncReplicas());
        p.put("default.replication.factor", replication);
        p.put("min.insync.replicas", minIsr);
        p.put("unclean.leader.election.enable", "false");
        p.put("offsets.topic.replication.factor", replication);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", replication);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", replication);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        // The log cleaner's offset map is allocated whole on the heap: 128 MiB by default, most of the
        // broker's live heap here. 16 MiB maps some 600,000 keys per cleaning pass (24 bytes each at 0.9
        // load); a compacted topic with more cleans in several passes. Issue 15's memory goal.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 << 20));
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

    /**
     * A single node formats a standalone dynamic quorum of itself; a node of a static quorum is formatted with
     * the cluster's id alone (the voters are in its configuration).
     */
    private void format(Path config) {
        List<String> command = javaCommand("kafka.tools.StorageTool", "format", "-t", cluster.clusterId(), "-c",
                config.toString(), "--ignore-formatted");
        if (cluster.isSingle()) {
            command.add("--standalone");
        }
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
        // Half a GiB, as each node of a cluster has had since the cluster drills (three share the machine):
        // the broker's own heap needs are small, and 768 MiB only let G1 grow its RSS (issue 15's memory goal).
        List<String> command = new ArrayList<>(List.of(Jvm.java(), "-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + dataDir,
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties")));
        if (mainClass.equals("kafka.Kafka")) {
            command.addAll(Jvm.profiling(cluster.isSingle() ? "kafka" : "kafka-" + nodeId));
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
