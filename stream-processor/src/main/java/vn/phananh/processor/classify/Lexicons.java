package vn.phananh.processor.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import vn.phananh.text.VietnameseText;

/**
 * Reads a lexicon resource: {@code LABEL<TAB>phrase} lines, {@code #} comment lines, blank lines.
 * Phrases are returned as written; {@link vn.phananh.text.PhraseMatcher} brings them to the one
 * normalised form (NFC, tone placement, case) when it is built. A phrase that messages never show as
 * written (an abbreviation {@link VietnameseText#normalize} spells out, "bhyt" for "bảo hiểm y tế")
 * would never match: it is refused, naming the form to write.
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
                String phrase = cells[1].strip();
                String asRead = VietnameseText.normalize(phrase);
                if (!VietnameseText.fold(asRead).equals(VietnameseText.fold(VietnameseText.canonical(phrase).toLowerCase(Locale.ROOT)))) {
                    throw new IllegalStateException(resource + ": messages never show \"" + phrase
                            + "\" (normalisation reads it as \"" + asRead + "\"); write that instead: " + line);
                }
                lexicon.computeIfAbsent(label.apply(cells[0].strip()), k -> new ArrayList<>()).add(phrase);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }
}
