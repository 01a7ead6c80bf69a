package vn.phananh.local;

import java.nio.file.Path;

/** The Java runtime that child processes use: the one running this JVM (≥ 21). */
public final class Jvm {

    public static String java() {
        return home().resolve("bin/java").toString();
    }

    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    private Jvm() {
    }
}
