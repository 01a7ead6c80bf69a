package vn.phananh.local;

import java.nio.file.Path;
import java.util.List;

/** The Java runtime that child processes use: the one running this JVM (≥ 21). */
public final class Jvm {

    public static String java() {
        return home().resolve("bin/java").toString();
    }

    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    /** The environment variable naming a directory: when set, every JVM the stack starts records a profile there. */
    public static final String PROFILE_DIR = "PHANANH_JFR";

    /**
     * JDK Flight Recorder options for the JVM called {@code name} when {@value #PROFILE_DIR} is set
     * (the {@code profile} settings: method samples every 10-20 ms, allocation, locks; written at exit
     * to {@code <dir>/<name>.jfr}); nothing otherwise. Read with {@code jfr print} or JDK Mission Control.
     */
    public static List<String> profiling(String name) {
        String dir = System.getenv(PROFILE_DIR);
        if (dir == null || dir.isBlank()) {
            return List.of();
        }
        Path directory = Path.of(dir).toAbsolutePath();
        try {
            // Elasticsearch runs as its own unprivileged user and must be able to write there too.
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        catch (java.io.IOException | UnsupportedOperationException ex) {
            throw new IllegalStateException("Cannot prepare the profile directory " + directory + ": " + ex.getMessage(), ex);
        }
        Path file = directory.resolve(name + ".jfr");
        return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
    }

    private Jvm() {
    }
}
