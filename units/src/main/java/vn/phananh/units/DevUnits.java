package vn.phananh.units;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import vn.phananh.schema.Topics;

/**
 * The development units of the checkout ({@code units/dev/}: xã Hùng Cường and phường Thạch Thang,
 * as {@code ./pipeline up} configures them) on a test broker's {@code units.v1}, published once per
 * broker and JVM, with their fake secrets copied to a directory of the test run. For module tests;
 * the local stack seeds the same files with {@code unit seed}.
 */
public final class DevUnits {

    private static final Map<String, Path> PUBLISHED = new HashMap<>();

    private DevUnits() {
    }

    /**
     * Publishes the units missing on the broker's topic; answers the secrets directory (made under
     * {@code workDir}) their references resolve in.
     */
    public static synchronized Path ensurePublished(String bootstrap, Path workDir) {
        Path secrets = PUBLISHED.get(bootstrap);
        if (secrets != null) {
            return secrets;
        }
        secrets = copySecrets(workDir);
        UnitFiles files = new UnitFiles(SecretRef.Secrets.ofProcess(secrets));
        try (UnitRegistry registry = new UnitRegistry(bootstrap, Topics.UNITS_NAME).start(Duration.ofMinutes(1));
                UnitPublisher publisher = new UnitPublisher(bootstrap, Topics.UNITS_NAME, Clock.systemUTC())) {
            for (Path file : unitFiles()) {
                UnitDefinition unit = files.read(file);
                if (!registry.current().knows(unit.code())) {
                    publisher.publish(unit, registry.current());
                }
            }
            for (Path file : unitFiles()) {
                String code = files.read(file).code();
                if (registry.find(code, Duration.ofSeconds(30)).isEmpty()) {
                    throw new IllegalStateException("Unit " + code + " was published but not read back");
                }
            }
        }
        PUBLISHED.put(bootstrap, secrets);
        return secrets;
    }

    /** The checkout's {@code units/dev/}. */
    public static Path directory() {
        String root = System.getProperty("phananh.root.dir");
        Path base = root != null ? Path.of(root) : Path.of("..");
        return base.resolve("units/dev").toAbsolutePath().normalize();
    }

    private static java.util.List<Path> unitFiles() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".gazetteer.json"))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No development units at " + directory(), ex);
        }
    }

    /** In tests: {@code target/real-services} of the module, where test-support keeps its files. */
    public static Path ensurePublished(String bootstrap) {
        return ensurePublished(bootstrap, Path.of(System.getProperty("phananh.test.services.dir", "target/real-services")));
    }

    private static Path copySecrets(Path workDir) {
        Path target = workDir.toAbsolutePath().resolve("unit-secrets-" + ProcessHandle.current().pid());
        try (Stream<Path> files = Files.list(directory().resolve("secrets"))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return target;
    }
}
