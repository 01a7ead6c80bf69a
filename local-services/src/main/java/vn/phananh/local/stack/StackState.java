package vn.phananh.local.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running launcher wrote about itself: its pid, each part's process group, URL and
 * health address, and the time it took to become ready. {@code status} and {@code down} read it.
 */
final class StackState {

    private final Properties properties;

    private StackState(Properties properties) {
        this.properties = properties;
    }

    static StackState empty() {
        return new StackState(new Properties());
    }

    static Optional<StackState> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Optional.of(new StackState(properties));
    }

    StackState set(String key, Object value) {
        properties.setProperty(key, String.valueOf(value));
        return this;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    long pid(String part) {
        return get(part + ".pid").map(Long::parseLong).orElse(-1L);
    }

    /** Writes atomically, so a reader never sees half a file. */
    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(tmp)) {
                properties.store(writer, "Phản Ánh local stack");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
