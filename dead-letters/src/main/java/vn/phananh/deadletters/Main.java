package vn.phananh.deadletters;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code ./pipeline dlq list|show|replay}: the dead letters an operator can act on. Exit code 0
 * when the command did what it was asked, 1 when a replay failed, 2 for a wrong command line.
 */
public final class Main {

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, env);
        }
        catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return 2;
        }
        try {
            return run(options, Instant.now(), out);
        }
        catch (IllegalStateException ex) {
            err.println(ex.getMessage());
            return 1;
        }
    }

    static int run(Options options, Instant now, PrintStream out) {
        Redaction redaction = new Redaction(options.unmasked());
        Listing listing = new Listing(redaction, now);
        List<DeadLetter> letters = DeadLetterTopic.read(options.bootstrap(), options.topic());
        Map<String, String> replayed = DeadLetterTopic.latestByKey(options.bootstrap(), options.ledger());
        List<DeadLetter> selected = options.selection().of(letters, now);
        return switch (options.command()) {
            case "list" -> {
                listing.print(selected, replayed, options.records(), out);
                yield 0;
            }
            case "show" -> {
                if (selected.isEmpty()) {
                    out.println("No dead letter at " + options.selection().coordinates().iterator().next());
                    yield 1;
                }
                new Showing(redaction, listing).print(selected.getFirst(), replayed.get(selected.getFirst().coordinates()), out);
                yield 0;
            }
            default -> replay(options, selected, replayed, listing, out);
        };
    }

    private static int replay(Options options, List<DeadLetter> selected, Map<String, String> replayed, Listing listing,
            PrintStream out) {
        if (options.selection().isEmpty()) {
            out.println("Say which dead letters to replay (--offset, --stage, --source, --reason, --older-than, or --all).");
            return 2;
        }
        int done = 0;
        int skipped = 0;
        try (Replayer replayer = options.dryRun() ? null : new Replayer(options.bootstrap(), options.ledger())) {
            for (DeadLetter letter : selected) {
                String why = notReplayable(letter, replayed, options.again());
                if (why != null) {
                    out.println("skip   " + letter.coordinates() + ": " + why);
                    skipped++;
                }
                else if (options.dryRun()) {
                    out.println("would  " + listing.line(letter, null));
                    done++;
                }
                else {
                    out.println("replay " + letter.coordinates() + " → " + replayer.replay(letter));
                    done++;
                }
            }
        }
        out.printf("%s %d of %d selected dead letters; %d skipped.%n", options.dryRun() ? "Would replay" : "Replayed",
                done, selected.size(), skipped);
        return 0;
    }

    /** Why a dead letter is not replayed, or null when it is. */
    private static String notReplayable(DeadLetter letter, Map<String, String> replayed, boolean again) {
        String source = letter.headers().sourceTopic();
        if (source == null) {
            return "its headers name no source topic (not written by the pipeline)";
        }
        if (source.equals(letter.coordinates().substring(0, letter.coordinates().lastIndexOf('-')))) {
            return "its source is the dead-letter topic itself";
        }
        if (replayed.containsKey(letter.coordinates()) && !again) {
            return "already replayed to " + replayed.get(letter.coordinates()) + " (--again replays it once more)";
        }
        return null;
    }

    private Main() {
    }
}
