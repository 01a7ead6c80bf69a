package vn.phananh.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;

/**
 * The id every broker's log directory of one stack is formatted with, kept in
 * {@code kafka-cluster.id} of the data directory: a broker whose directory is formatted later (a
 * new node, a lost disk) must carry the same id to join the others.
 */
final class KafkaClusterId {

    static final String FILE = "kafka-cluster.id";

    /** The recorded id, or a new one (recorded by {@link #keep} when the stack starts). */
    static String of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file).trim();
                if (!id.isEmpty()) {
                    return id;
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
        return Uuid.randomUuid().toString();
    }

    /** Records {@code id} unless an id is recorded already. */
    static void keep(Path dataDir, String id) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                Files.writeString(file, id + "\n");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + file, ex);
        }
    }

    private KafkaClusterId() {
    }
}
