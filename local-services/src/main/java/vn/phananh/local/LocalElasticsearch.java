package vn.phananh.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A single Elasticsearch node from the minimal distribution on Maven Central, in its own
 * process. Elasticsearch refuses to run as root, so as root the node runs as a system user
 * that owns only the node's data, logs, config copy and temporary directory.
 */
public final class LocalElasticsearch extends LocalServer {

    /** The system user the node runs as when this JVM runs as root. */
    public static final String SERVICE_USER = "phananh-es";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int httpPort;
    private final int transportPort;

    public LocalElasticsearch(Distribution distribution, Path dataDir, int httpPort, int transportPort) {
        super("elasticsearch", "Elasticsearch", distribution, dataDir, List.of(httpPort, transportPort));
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    /** Starts the node and waits until the cluster is at least yellow. */
    public LocalElasticsearch start(Duration timeout) {
        startAndAwait(timeout);
        return this;
    }

    @Override
    protected ManagedProcess launch() throws IOException {
        Path config = prepareConfig();
        List<String> command = new ArrayList<>();
        if (Users.isRoot()) {
            Users.ensureSystemUser(SERVICE_USER);
            Users.chown(SERVICE_USER, dataDir);
            Users.requireReachable(SERVICE_USER, distribution.elasticsearchHome().resolve("bin"));
            Users.requireReachable(SERVICE_USER, dataDir);
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        Path bin = distribution.elasticsearchHome().resolve("bin/elasticsearch").toAbsolutePath();
        makeExecutable(distribution.elasticsearchHome().resolve("bin"));
        command.add(bin.toString());
        Path tmp = dataDir.resolve("tmp");
        Map<String, String> env = Map.of("ES_JAVA_HOME", Jvm.home().toString(), "ES_PATH_CONF", config.toString(),
                "ES_TMPDIR", tmp.toString(), "CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        return ManagedProcess.start("elasticsearch", command, dataDir, env, outputFile());
    }

    @Override
    protected boolean ready() {
        return isHealthy();
    }

    /** path.logs/cluster.name.log, as configured below. */
    @Override
    protected Path serverLog() {
        return dataDir.resolve("logs/phananh.log");
    }

    private Path prepareConfig() throws IOException {
        Path config = dataDir.resolve("config");
        if (!Files.isDirectory(config)) {
            Distribution.copyTree(distribution.elasticsearchHome().resolve("config"), config);
        }
        Files.createDirectories(dataDir.resolve("data"));
        Files.createDirectories(dataDir.resolve("logs"));
        Files.createDirectories(dataDir.resolve("tmp"));
        Files.writeString(config.resolve("elasticsearch.yml"), """
                cluster.name: phananh
                node.name: phananh-node
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                discovery.type: single-node
                xpack.security.enabled: false
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: false
                """.formatted(dataDir.resolve("data"), dataDir.resolve("logs"), httpPort, transportPort));
        Path options = config.resolve("jvm.options.d");
        Files.createDirectories(options);
        Files.writeString(options.resolve("heap.options"), "-Xms512m\n-Xmx512m\n");
        List<String> profiling = Jvm.profiling("elasticsearch");
        Files.writeString(options.resolve("profiling.options"), profiling.isEmpty() ? "" : profiling.getFirst() + "\n");
        return config;
    }


    /** The Maven unpack loses file modes; the launcher scripts must be executable. */
    private static void makeExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            files.forEach(file -> file.toFile().setExecutable(true, false));
        }
    }

    /** True when this node's cluster answers with status yellow or green. */
    public boolean isHealthy() {
        return isHealthy(url());
    }

    /** True when the cluster at {@code url} answers with status yellow or green. */
    public static boolean isHealthy(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
