package vn.phananh.processor.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.classify.ShippedData;

/** The writing style of each labelled message, from a {@code styles.tsv} (id, style, …). */
final class Styles {

    private Styles() {
    }

    static Map<String, String> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The styles of the shipped messages. */
    static Map<String, String> shipped() {
        try (InputStream in = Styles.class.getResourceAsStream(ShippedData.STYLES)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped messages without those of one style (none left out when {@code style} is null). */
    static List<LabelledMessage> without(List<LabelledMessage> shipped, String style) {
        if (style == null) {
            return shipped;
        }
        Map<String, String> styles = shipped();
        if (!styles.containsValue(style)) {
            throw new IllegalArgumentException("no shipped message has the style " + style + "; styles: "
                    + new java.util.TreeSet<>(styles.values()));
        }
        return shipped.stream().filter(m -> !style.equals(styles.get(m.id()))).toList();
    }

    private static Map<String, String> parse(String tsv) {
        Map<String, String> styles = new LinkedHashMap<>();
        tsv.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.split("\t");
            styles.put(cells[0], cells[1]);
        });
        return styles;
    }
}
