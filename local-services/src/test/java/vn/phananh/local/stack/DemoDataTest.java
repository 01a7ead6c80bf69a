package vn.phananh.local.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** When {@code ./pipeline up} loads the demo data, without starting anything. */
class DemoDataTest {

    @TempDir
    Path root;

    @Test
    void upTakesNoDemoAsAFlagBesidesItsOptions() {
        Pipeline.Arguments plain = Pipeline.Arguments.parse(new String[] { "up", "--root", "/r", "--data", "/d" });
        Pipeline.Arguments noDemo = Pipeline.Arguments.parse(new String[] { "up", "--root", "/r", "--no-demo", "--data", "/d" });

        assertThat(plain.demo()).isTrue();
        assertThat(noDemo.demo()).isFalse();
        assertThat(noDemo.root()).isEqualTo(Path.of("/r"));
        assertThat(noDemo.dataDir()).isEqualTo(Path.of("/d"));
    }

    @Test
    void skipsTheDemoWhenNotWanted() {
        DemoData demo = new DemoData(StackConfig.from(root, root.resolve("var"), Map.of()));

        assertThat(output(() -> demo.loadIfNeeded(false))).contains("Demo data: skipped (--no-demo).");
        assertThat(demo.marker()).doesNotExist();
    }

    @Test
    void skipsTheDemoWhenTheMarkerSaysItIsLoaded() throws Exception {
        DemoData demo = new DemoData(StackConfig.from(root, root.resolve("var"), Map.of()));
        Files.createDirectories(demo.marker().getParent());
        Files.writeString(demo.marker(), "loaded");

        assertThat(output(() -> demo.loadIfNeeded(true))).contains("Demo data: already loaded");
    }

    @Test
    void reportsAMissingLoadGeneratorAndWritesNoMarker() {
        DemoData demo = new DemoData(StackConfig.from(root, root.resolve("var"), Map.of()));

        assertThat(output(() -> demo.loadIfNeeded(true))).contains("no load-generator jar");
        assertThat(demo.marker()).doesNotExist();
    }

    private static String output(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        }
        finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
