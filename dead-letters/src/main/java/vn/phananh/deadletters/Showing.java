package vn.phananh.deadletters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * One dead letter in full: where it is, its headers, its key, and its value decoded where a schema
 * of the pipeline reads it, redacted unless {@code --unmasked}; bytes no schema reads are shown as
 * text only then (a record cut short still holds the citizen's words).
 */
final class Showing {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Redaction redaction;
    private final Listing listing;

    Showing(Redaction redaction, Listing listing) {
        this.redaction = redaction;
        this.listing = listing;
    }

    void print(DeadLetter letter, String replayedTo, PrintStream out) {
        var h = letter.headers();
        out.println(letter.coordinates() + ", written " + listing.age(letter.writtenAt()) + " ago (" + letter.writtenAt() + ")");
        out.println("  source     " + h.source());
        out.println("  stage      " + letter.stage());
        out.println("  reason     " + redaction.reason(h.error()));
        if (letter.replayOf() != null) {
            out.println("  replay of  " + letter.replayOf() + " (the replay failed again)");
        }
        out.println("  replayed   " + (replayedTo == null ? "no" : "to " + replayedTo));
        out.println("  key        " + (letter.key() == null ? "(none)"
                : Listing.printable(new String(letter.key(), StandardCharsets.UTF_8))));
        DecodedValue value = DecodedValue.of(letter.value());
        out.println("  value      " + value.description());
        if (value.record() != null) {
            out.println(JSON.writeValueAsString(redaction.record(value.record())).indent(4).stripTrailing());
            if (!redaction.unmasked()) {
                out.println("  (personal data masked, authors hidden; --unmasked shows the record as it is)");
            }
        }
        else if (letter.value() != null && letter.value().length > 0) {
            out.println(redaction.unmasked()
                    ? "    " + Listing.printable(new String(letter.value(), StandardCharsets.UTF_8))
                    : "  (its bytes may hold a citizen's words; --unmasked shows them as text)");
        }
    }
}
