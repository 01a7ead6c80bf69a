package vn.phananh.processor.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads a lexicon resource: {@code LABEL<TAB>phrase} lines, {@code #} comment lines, blank lines.
 * Phrases are returned as written; {@link vn.phananh.text.PhraseMatcher} brings them to the one
 * normalised form (NFC, tone placement, case) when it is built.
 */
final class Lexicons {

    private Lexicons() {
    }

    /** The phrases of each label, in file order; {@code label} checks (and may canonicalise) each label. */
    static Map<String, List<String>> read(String resource, UnaryOperator<String> label) {
        Map<String, List<String>> lexicon = new LinkedHashMap<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the classpath: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2 || cells[1].isBlank()) {
                    throw new IllegalStateException(resource + ": LABEL<TAB>phrase expected, got: " + line);
                }
                lexicon.computeIfAbsent(label.apply(cells[0].strip()), k -> new ArrayList<>()).add(cells[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }
}
