package vn.phananh.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Keycloak server from the {@code keycloak-quarkus-dist} zip on Maven Central, in its own process,
 * with the development realm {@value #REALM} imported on its first start. Each server gets a home
 * of its own under its data directory: its configuration, its dev-file database and the realm to
 * import live there, while the read-only parts of the distribution ({@code lib}, {@code themes},
 * {@code providers}) are links to the one the build unpacked.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "phananh";
    /** The realm file on the classpath; docker-compose.yml mounts the same file from the source tree. */
    public static final String REALM_RESOURCE = "/vn/phananh/local/keycloak/phananh-realm.json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Distribution distribution;
    private final Path dataDir;
    private final int port;
    private final int managementPort;
    private final KeycloakSettings settings;
    private ManagedProcess process;

    public LocalKeycloak(Distribution distribution, Path dataDir, int port, int managementPort, KeycloakSettings settings) {
        this.distribution = distribution;
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.managementPort = managementPort;
        this.settings = settings;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of the development realm's tokens. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public KeycloakSettings settings() {
        return settings;
    }

    /** Starts the server (importing the realm on a first start) and waits until the realm answers. */
    public synchronized LocalKeycloak start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (Ports.inUse(port) || Ports.inUse(managementPort)) {
            throw new IllegalStateException("Cannot start Keycloak: port " + port + " or " + managementPort
                    + " is already in use. Stop what uses it or choose other ports.");
        }
        try {
            Path home = prepareHome();
            List<String> command = List.of("sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm");
            Map<String, String> env = new HashMap<>(settings.realmVariables());
            env.put("JAVA_HOME", Jvm.home().toString());
            // The quick compiler only: Keycloak's start is most of its CPU here (JIT compiling for a
            // server that then signs in a few staff), and the machine is shared with everything else.
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            // Development mode's heap is 64-512 MiB; a realm of a few units and staff lives in far less.
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
            process = ManagedProcess.start("keycloak", command, home, env, dataDir.resolve("keycloak.out"));
            Files.writeString(dataDir.resolve("keycloak.pid"), Long.toString(process.pid()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        awaitHealthy(timeout);
        return this;
    }

    /**
     * The server's own home: {@code kc.sh} copied (it finds its home from where it lies), its own
     * {@code conf/} and {@code data/} (database, realm to import), links to the rest.
     */
    private Path prepareHome() throws IOException {
        Path dist = distribution.keycloakHome().toAbsolutePath();
        Path home = dataDir.resolve("home");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(dist.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING);
        for (String shared : List.of("lib", "themes", "providers")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, dist.resolve(shared));
            }
        }
        if (!Files.isDirectory(home.resolve("conf"))) {
            Distribution.copyTree(dist.resolve("conf"), home.resolve("conf"));
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = LocalKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("The development realm is not on the classpath: " + REALM_RESOURCE);
            }
            Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return home;
    }


    /** True when this server's realm answers its discovery document. */
    public boolean isHealthy() {
        return isHealthy(url());
    }

    /** True when the Keycloak at {@code url} serves the development realm. */
    public static boolean isHealthy(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start:\n" + process.tail(40));
            }
            if (isHealthy()) {
                return;
            }
            ManagedProcess.pause(500);
        }
        throw new IllegalStateException("Keycloak did not become healthy within " + timeout + "; see " + process.log());
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Stops the server cleanly (SIGTERM, then SIGKILL after a grace period). */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
            try {
                Files.deleteIfExists(dataDir.resolve("keycloak.pid"));
            }
            catch (IOException ex) {
                // Advisory only.
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
