package vn.phananh.processor.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A trained classifier, versioned: the feature vocabulary and one logistic regression each for
 * topic, kind, sentiment and urgency. It travels as one zip ({@link #toBytes()}): on the classpath
 * (the build-trained model), in the models topic (a promoted retrained model) and in files.
 */
public record ClassifierModels(Manifest manifest, FeatureSpace features, LinearModel topic, LinearModel kind,
                               LinearModel sentiment, LinearModel urgent) {

    /** Where the build writes its model, on the classpath. */
    public static final String CLASSPATH_MODEL = "/models/classifier.zip";

    /** What a model is: its version (stored with every enrichment), when and from how many examples it was trained. */
    public record Manifest(String version, String trainedAt, int shippedMessages, int corrections) {

        Properties toProperties() {
            Properties p = new Properties();
            p.setProperty("version", version);
            p.setProperty("trained-at", trainedAt);
            p.setProperty("shipped-messages", Integer.toString(shippedMessages));
            p.setProperty("corrections", Integer.toString(corrections));
            return p;
        }

        static Manifest of(Properties p) {
            return new Manifest(p.getProperty("version"), p.getProperty("trained-at"),
                    Integer.parseInt(p.getProperty("shipped-messages", "0")),
                    Integer.parseInt(p.getProperty("corrections", "0")));
        }
    }

    public String version() {
        return manifest.version();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            java.io.StringWriter manifestText = new java.io.StringWriter();
            manifest.toProperties().store(manifestText, "Phan Anh classifier");
            entry(zip, "manifest.properties", manifestText.toString().getBytes(StandardCharsets.UTF_8));
            entry(zip, "features.txt", (String.join("\n", features.names()) + "\n").getBytes(StandardCharsets.UTF_8));
            for (var model : linearModels().entrySet()) {
                // liblinear closes the writer it is given, so each model is written on its own.
                java.io.StringWriter text = new java.io.StringWriter();
                model.getValue().write(text);
                entry(zip, model.getKey() + ".liblinear", text.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ClassifierModels fromBytes(byte[] zipped) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
            Properties manifest = new Properties();
            manifest.load(new InputStreamReader(new ByteArrayInputStream(required(entries, "manifest.properties")),
                    StandardCharsets.UTF_8));
            List<String> names = new String(required(entries, "features.txt"), StandardCharsets.UTF_8).lines().toList();
            return new ClassifierModels(Manifest.of(manifest), new FeatureSpace(names),
                    linear(entries, "topic"), linear(entries, "kind"), linear(entries, "sentiment"),
                    linear(entries, "urgent"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model the build trained on the shipped data. */
    public static ClassifierModels fromClasspath() {
        try (InputStream in = ClassifierModels.class.getResourceAsStream(CLASSPATH_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("no classifier at " + CLASSPATH_MODEL + " on the classpath; run the build to train it");
            }
            return fromBytes(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, LinearModel> linearModels() {
        Map<String, LinearModel> out = new java.util.LinkedHashMap<>();
        out.put("topic", topic);
        out.put("kind", kind);
        out.put("sentiment", sentiment);
        out.put("urgent", urgent);
        return out;
    }

    private static LinearModel linear(Map<String, byte[]> entries, String name) {
        return LinearModel.read(new InputStreamReader(new ByteArrayInputStream(required(entries, name + ".liblinear")),
                StandardCharsets.UTF_8));
    }

    private static byte[] required(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("not a classifier model: " + name + " is missing");
        }
        return bytes;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
