package vn.phananh.units;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A secret as configuration holds it: {@code env:NAME} (an environment variable of the process that
 * needs it) or {@code file:PATH} (a file, relative paths under the secrets directory, read each time
 * a unit is loaded, so a new unit's secret needs no restart). Where a value is not secret (the
 * SHA-256 of an API key) it may also be given as such. The reference, never the value, goes on the
 * topic and into logs.
 */
public record SecretRef(String reference) {

    public static final String ENV = "env:";
    public static final String FILE = "file:";

    public boolean isReference() {
        return reference.startsWith(ENV) || reference.startsWith(FILE);
    }

    /** The value, or empty when the variable is unset or the file unreadable. */
    public Optional<String> resolve(Secrets secrets) {
        if (reference.startsWith(ENV)) {
            return Optional.ofNullable(secrets.env().get(reference.substring(ENV.length()))).filter(v -> !v.isBlank());
        }
        if (reference.startsWith(FILE)) {
            Path file = secrets.dir().resolve(reference.substring(FILE.length()));
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(v -> !v.isEmpty());
            }
            catch (IOException ex) {
                return Optional.empty();
            }
        }
        return Optional.of(reference);
    }

    @Override
    public String toString() {
        return isReference() ? reference : "(value)";
    }

    /** Where references are resolved: this process's environment and its secrets directory. */
    public record Secrets(Map<String, String> env, Path dir) {

        public static Secrets ofProcess(Path dir) {
            return new Secrets(System.getenv(), dir.toAbsolutePath());
        }
    }
}
