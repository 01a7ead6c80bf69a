package vn.phananh.deadletters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dead letters grouped by source topic, stage and reason, with how many there are, how old the
 * oldest and newest are, and how many were replayed; with {@code --records}, each one.
 */
final class Listing {

    private final Redaction redaction;
    private final Instant now;

    Listing(Redaction redaction, Instant now) {
        this.redaction = redaction;
        this.now = now;
    }

    /** A reason without what varies from record to record (offsets, ids, quoted values): its kind. */
    String kindOf(String reason) {
        String kept = redaction.reason(reason);
        int colon = kept.indexOf(':');
        String kind = colon > 0 ? kept.substring(0, colon) : kept;
        return kind.replaceAll("\\d{5,}", "N").strip();
    }

    void print(List<DeadLetter> letters, Map<String, String> replayed, boolean records, PrintStream out) {
        if (letters.isEmpty()) {
            out.println("No dead letters.");
            return;
        }
        Map<String, List<DeadLetter>> groups = letters.stream().collect(Collectors.groupingBy(
                l -> l.headers().sourceTopic() + " | " + l.stage() + " | " + kindOf(l.headers().error()),
                LinkedHashMap::new, Collectors.toList()));
        out.printf("%-6s %-9s %-9s %-9s %s%n", "count", "oldest", "newest", "replayed", "source | stage | reason");
        groups.entrySet().stream().sorted(Comparator.comparing(e -> -e.getValue().size())).forEach(e -> {
            List<DeadLetter> group = e.getValue();
            Instant oldest = group.stream().map(DeadLetter::writtenAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant newest = group.stream().map(DeadLetter::writtenAt).max(Comparator.naturalOrder()).orElseThrow();
            long done = group.stream().filter(l -> replayed.containsKey(l.coordinates())).count();
            out.printf("%-6d %-9s %-9s %-9d %s%n", group.size(), age(oldest), age(newest), done, e.getKey());
        });
        out.printf("%d dead letters in %d groups; %d replayed.%n", letters.size(), groups.size(),
                letters.stream().filter(l -> replayed.containsKey(l.coordinates())).count());
        if (records) {
            out.println();
            letters.forEach(l -> out.println(line(l, replayed.get(l.coordinates()))));
        }
    }

    String line(DeadLetter l, String replayedTo) {
        String key = l.key() == null ? "(no key)" : printable(new String(l.key(), StandardCharsets.UTF_8));
        return l.coordinates() + "  " + age(l.writtenAt()) + " ago  from " + l.headers().source() + "  " + l.stage()
                + "  key " + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "  " + redaction.reason(l.headers().error())
                + (l.replayOf() == null ? "" : "  (failed again: replay of " + l.replayOf() + ")")
                + (replayedTo == null ? "" : "  → replayed to " + replayedTo);
    }

    String age(Instant at) {
        Duration age = Duration.between(at, now);
        if (age.toMinutes() < 1) {
            return age.toSeconds() + " s";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        return age.toDays() < 2 ? age.toHours() + " h" : age.toDays() + " d";
    }

    static String printable(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) || c == 0xFFFD ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
