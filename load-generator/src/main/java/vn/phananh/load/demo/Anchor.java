package vn.phananh.load.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The "now" the demo's times are counted back from. Kept in a file when one is given, so that a
 * re-run (after a failed first start, say) sends byte-for-byte the same messages: the ingest
 * service answers them as duplicates instead of as idempotency conflicts.
 */
final class Anchor {

    static Instant resolve(Path file, Instant now) {
        Instant fresh = now.truncatedTo(ChronoUnit.SECONDS);
        if (file == null) {
            return fresh;
        }
        try {
            if (Files.exists(file)) {
                return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, fresh + "\n", StandardCharsets.UTF_8);
            return fresh;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot keep the demo anchor in " + file, ex);
        }
        catch (DateTimeParseException ex) {
            throw new IllegalStateException(file + " does not hold an instant; delete it to start afresh", ex);
        }
    }

    private Anchor() {
    }
}
