package vn.phananh.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.phananh.schema.Topics;

/**
 * The command line of {@code ./pipeline dlq}: the command, the selection, the flags, and where
 * the broker and the topics are ({@code --bootstrap}, else {@code KAFKA_BOOTSTRAP_SERVERS}, else
 * 127.0.0.1 on {@code KAFKA_PORT}, as the launcher starts it).
 */
record Options(String command, Selection selection, boolean records, boolean unmasked, boolean dryRun, boolean again,
        String bootstrap, String topic, String ledger) {

    static final String USAGE = """
            usage: ./pipeline dlq list [--records] [selection]
                   ./pipeline dlq show <offset | partition@offset> [--unmasked]
                   ./pipeline dlq replay <selection> [--dry-run] [--again]
            selection: --offset <offset | partition@offset> (repeatable), --stage <stage>, --source <topic>,
                       --reason <words of the reason>, --older-than <30m | 2h | 3d>, --all
            --bootstrap <host:port> (default 127.0.0.1:$KAFKA_PORT), --unmasked shows personal data""";

    static Options parse(List<String> args, Map<String, String> env) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(USAGE);
        }
        String command = args.getFirst();
        if (!List.of("list", "show", "replay").contains(command)) {
            throw new IllegalArgumentException("Unknown command " + command + "\n" + USAGE);
        }
        Set<String> coordinates = new LinkedHashSet<>();
        String stage = null;
        String source = null;
        String reason = null;
        Duration olderThan = null;
        boolean all = false;
        boolean records = false;
        boolean unmasked = false;
        boolean dryRun = false;
        boolean again = false;
        String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + env.getOrDefault("KAFKA_PORT", "9092"));
        String topic = Topics.DLQ_NAME;
        String ledger = Topics.DLQ_REPLAYS_NAME;
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            switch (arg) {
                case "--offset" -> coordinates.add(coordinates(value(rest, arg)));
                case "--stage" -> stage = value(rest, arg);
                case "--source" -> source = value(rest, arg);
                case "--reason" -> reason = value(rest, arg);
                case "--older-than" -> olderThan = duration(value(rest, arg));
                case "--all" -> all = true;
                case "--records" -> records = true;
                case "--unmasked" -> unmasked = true;
                case "--dry-run" -> dryRun = true;
                case "--again" -> again = true;
                case "--bootstrap" -> bootstrap = value(rest, arg);
                case "--topic" -> topic = value(rest, arg);
                case "--ledger" -> ledger = value(rest, arg);
                default -> {
                    if (command.equals("show") && !arg.startsWith("--") && coordinates.isEmpty()) {
                        coordinates.add(coordinates(arg));
                    }
                    else {
                        throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
                    }
                }
            }
        }
        if (command.equals("show") && coordinates.size() != 1) {
            throw new IllegalArgumentException("show needs the offset of one dead letter\n" + USAGE);
        }
        Selection selection = new Selection(Set.copyOf(coordinates), stage, source, reason, olderThan,
                all || (command.equals("list") && coordinates.isEmpty() && stage == null && source == null
                        && reason == null && olderThan == null));
        return new Options(command, selection, records, unmasked, dryRun, again, bootstrap, topic, ledger);
    }

    /** {@code 17}, {@code 0@17} or {@code feedback.dlq.v1-0@17}: a dead letter's place. */
    static String coordinates(String given) {
        String place = given.contains("-") ? given.substring(given.lastIndexOf('-') + 1) : given;
        String[] parts = place.contains("@") ? place.split("@", 2) : new String[] { "0", place };
        try {
            return DeadLetter.coordinates(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Not an offset of the dead-letter topic: " + given);
        }
    }

    static Duration duration(String given) {
        String amount = given.substring(0, Math.max(0, given.length() - 1));
        try {
            long n = Long.parseLong(given.endsWith("m") || given.endsWith("h") || given.endsWith("d") ? amount : given);
            return given.endsWith("d") ? Duration.ofDays(n) : given.endsWith("h") ? Duration.ofHours(n)
                    : Duration.ofMinutes(n);
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Not an age (30m, 2h, 3d): " + given);
        }
    }

    private static String value(List<String> rest, String option) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return rest.removeFirst();
    }
}
