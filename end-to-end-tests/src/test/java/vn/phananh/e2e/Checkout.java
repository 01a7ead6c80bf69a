package vn.phananh.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the checkout, wherever the tests run from. */
public final class Checkout {

    public static Path root() {
        String given = System.getProperty("phananh.root.dir");
        Path root = given != null ? Path.of(given) : Path.of("..");
        if (!Files.exists(root.resolve("pipeline"))) {
            throw new IllegalStateException("Not a Phản Ánh checkout: " + root.toAbsolutePath());
        }
        return root.toAbsolutePath().normalize();
    }

    private Checkout() {
    }
}
