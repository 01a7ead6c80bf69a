package vn.phananh.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.phananh.local.Jvm;
import vn.phananh.local.ManagedProcess;

/**
 * Puts the development units ({@code units/dev/}) on {@code units.v1} before the services start,
 * when the topic does not hold them yet: the units command ({@code units/target/*-exec.jar seed})
 * in a process of its own. Their fake secrets are copied to the data directory's {@code secrets/}
 * unless a file of that name is there already, so an operator's real secret is never overwritten.
 * The realm import already made the units' groups, desk clients and users in Keycloak.
 */
final class UnitSeed {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final StackConfig config;

    UnitSeed(StackConfig config) {
        this.config = config;
    }

    Path secrets() {
        return config.dataDir().resolve("secrets");
    }

    void run() {
        copyDevelopmentSecrets();
        Path jar = jar(config.root()).orElseThrow(() -> new IllegalStateException(
                "No units jar in " + config.root().resolve("units/target") + "; build with ./mvnw -DskipTests package"));
        List<String> command = List.of(Jvm.java(), "-Xmx128m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar",
                jar.toString(), "seed", config.root().resolve("units/dev").toString(), "--secrets", secrets().toString());
        Path log = config.logs().resolve("units.log");
        ManagedProcess seed = ManagedProcess.start("units", command, config.root(),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap()), log);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (seed.isAlive() && System.nanoTime() < deadline) {
            ManagedProcess.pause(200);
        }
        if (seed.isAlive()) {
            seed.stop(Duration.ofSeconds(5));
        }
        if (seed.exitCode().orElse(1) != 0) {
            throw new IllegalStateException("The development units could not be configured; see " + log + ":\n"
                    + seed.tail(15));
        }
        seed.tail(20).lines().filter(l -> l.startsWith("[units] ")).forEach(l -> Stack.say("%s", l.substring(8)));
    }

    private void copyDevelopmentSecrets() {
        Path source = config.root().resolve("units/dev/secrets");
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(secrets());
            for (Path file : files.toList()) {
                Path target = secrets().resolve(file.getFileName());
                if (!Files.exists(target)) {
                    Files.copy(file, target);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot copy the development secrets from " + source, ex);
        }
    }

    /** The units command's executable jar, when the build made one. */
    static Optional<Path> jar(Path root) {
        Path target = root.resolve("units/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("units-[0-9].*-exec\\.jar")).findFirst();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }
}
