package vn.phananh.bench.running;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.phananh.load.Args;

/**
 * How a benchmark run sends: a steady {@code rate} (messages per second) or flat out with
 * {@code concurrency} senders, for {@code duration}, over the channels of {@code mix}; and how it
 * watches the search API.
 */
record BenchOptions(double rate, boolean flatOut, int concurrency, Duration duration, List<BenchChannel> mix,
        String ingest, String search, String keycloak, String login, String password, Duration poll, Duration settle) {

    static final Set<String> OPTIONS = Set.of("--rate", "--duration", "--mix", "--ingest", "--search", "--concurrency",
            "--poll-ms", "--settle", "--login", "--keycloak");
    static final Set<String> FLAGS = Set.of("--flat-out");

    static BenchOptions parse(String[] argv) {
        Args args = Args.parse(List.of(argv), OPTIONS, FLAGS);
        boolean flatOut = args.flag("--flat-out");
        if (flatOut == (args.get("--rate") != null)) {
            throw new IllegalArgumentException("Give either --rate N (messages per second) or --flat-out");
        }
        double rate = flatOut ? 0 : Double.parseDouble(args.get("--rate"));
        if (!flatOut && !(rate > 0)) {
            throw new IllegalArgumentException("--rate must be positive");
        }
        String[] login = args.get("--login", "supervisor:phananh-dev").split(":", 2);
        if (login.length != 2) {
            throw new IllegalArgumentException("--login is user:password");
        }
        return new BenchOptions(rate, flatOut, (int) args.number("--concurrency", 32),
                Duration.ofSeconds(args.number("--duration", 30)), mix(args.get("--mix", "fb,zalo,desk,api")),
                args.url("--ingest", "INGEST_PORT", 8081), args.url("--search", "SEARCH_PORT", 8080),
                args.url("--keycloak", "KEYCLOAK_PORT", 8180), login[0],
                login[1], Duration.ofMillis(args.number("--poll-ms", 500)),
                Duration.ofSeconds(args.number("--settle", 60)));
    }

    static List<BenchChannel> mix(String value) {
        List<BenchChannel> mix = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> BenchChannel.parse(s.toLowerCase(Locale.ROOT))).toList();
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("--mix names at least one of fb, zalo, desk, api");
        }
        return mix;
    }

    String describe() {
        return (flatOut ? "flat-out x" + concurrency : "rate " + rate + "/s") + ", " + duration.toSeconds() + " s, mix "
                + mix.stream().map(BenchChannel::code).toList();
    }
}
