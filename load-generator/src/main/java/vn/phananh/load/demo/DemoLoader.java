package vn.phananh.load.demo;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.phananh.load.Args;
import vn.phananh.load.channel.Channels;
import vn.phananh.load.channel.Identity;
import vn.phananh.load.channel.IngestClients;
import vn.phananh.load.channel.JsonHttp;
import vn.phananh.load.corpus.Corpus;
import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.load.search.SearchClient;

/**
 * Loads the labelled development sets into a running pipeline through the real channels, as if
 * they had arrived over the last four weeks, waits until the search API has them, handles them
 * like the units' staff would, and ends with a burst of flooding reports that raises a spike
 * alert. Exits non-zero when a message was not accepted, did not become searchable in time, or a
 * staff action was refused.
 */
public final class DemoLoader {

    private static final Set<String> OPTIONS = Set.of("--ingest", "--search", "--keycloak", "--anchor-file", "--timeout",
            "--staff-password");

    private final IngestClients clients;
    private final Channels channels;
    private final SearchClient search;
    private final Map<String, SearchClient.Login> staff;
    private final Duration timeout;
    private final PrintStream out;

    DemoLoader(IngestClients clients, Channels channels, SearchClient search, Map<String, SearchClient.Login> staff,
            Duration timeout, PrintStream out) {
        this.clients = clients;
        this.channels = channels;
        this.search = search;
        this.staff = staff;
        this.timeout = timeout;
        this.out = out;
    }

    public static void main(String[] argv) {
        if (Arrays.asList(argv).contains("--help")) {
            System.out.println("usage: demo [--ingest URL] [--search URL] [--keycloak URL] [--anchor-file PATH] [--timeout SECONDS]"
                    + " [--staff-password PASSWORD]");
            return;
        }
        Args args = Args.parse(List.of(argv), OPTIONS, Set.of());
        Channels channels = Channels.fromEnvironment();
        HttpClient http = JsonHttp.newClient();
        Identity identity = new Identity(http, URI.create(args.url("--keycloak", "KEYCLOAK_PORT", 8180)));
        String password = args.get("--staff-password", "phananh-dev");
        Map<String, SearchClient.Login> staff = Map.of(
                Channels.XA_HUNG_CUONG, new SearchClient.Login("staff-hung-cuong", password, identity),
                Channels.PHUONG_THACH_THANG, new SearchClient.Login("staff-thach-thang", password, identity));
        DemoLoader loader = new DemoLoader(
                IngestClients.of(http, URI.create(args.url("--ingest", "INGEST_PORT", 8081)), channels, Clock.systemUTC(), 3,
                        identity),
                channels,
                new SearchClient(new JsonHttp(http, URI.create(args.url("--search", "SEARCH_PORT", 8080)),
                        Duration.ofSeconds(30), 3)),
                staff, Duration.ofSeconds(args.number("--timeout", 300)), System.out);
        String anchorFile = args.get("--anchor-file");
        Instant anchor = Anchor.resolve(anchorFile == null ? null : Path.of(anchorFile), Instant.now());
        System.exit(loader.run(anchor));
    }

    /** Loads everything; answers the exit code. */
    int run(Instant anchor) {
        long started = System.nanoTime();
        List<CorpusMessage> chat = Corpus.chat();
        List<CorpusMessage> broad = Corpus.broad();
        List<DemoPlan.Send> plan = DemoPlan.of(chat, broad, new TimeSpread(anchor));
        out.printf("[demo] Sending %d labelled messages (%d chat-style, %d broad), dated over the 4 weeks before %s ...%n",
                plan.size(), chat.size(), broad.size(), anchor);
        DemoSender sender = new DemoSender(clients, channels, out);
        List<DemoSender.Sent> sent = sender.sendAll(plan);
        List<DemoSender.Sent> refused = refused(sent);

        List<DemoSender.Sent> stored = sent.stream().filter(s -> s.delivery().accepted()).toList();
        IndexWatch watch = new IndexWatch(search, staff, out);
        Map<String, SearchClient.Item> indexed = watch.await(ids(stored), timeout);
        int missing = (int) stored.stream().filter(s -> !indexed.containsKey(s.delivery().feedbackId())).count();

        Instant now = Instant.now();
        List<StaffDesk.Case> cases = stored.stream().filter(s -> indexed.containsKey(s.delivery().feedbackId()))
                .map(s -> new StaffDesk.Case(s.send().message(), indexed.get(s.delivery().feedbackId()))).toList();
        out.printf("[demo] Acting as staff on %d feedback ...%n", cases.size());
        StaffDesk.Outcome handled = new StaffDesk(search, staff).handle(cases, now);
        handled.failures().stream().limit(10).forEach(f -> out.println("[demo] refused action: " + f));
        watch.awaitHandled(handled.handledByUnit(), Duration.ofSeconds(90));

        List<DemoSender.Sent> burst = sendBurst(sender, anchor);
        refused.addAll(refused(burst));
        SpikeWatch.Result spike = new SpikeWatch(search, staff.get(Burst.UNIT), out)
                .await(Burst.window(anchor), Duration.ofSeconds(90));

        summary(sent, burst, refused, missing, handled, spike, started);
        boolean ok = refused.isEmpty() && missing == 0 && handled.failures().isEmpty();
        out.println(ok ? "[demo] Demo data loaded." : "[demo] Demo data NOT fully loaded; see the lines above.");
        return ok ? 0 : 1;
    }

    private List<DemoSender.Sent> sendBurst(DemoSender sender, Instant now) {
        out.printf("[demo] Sending a burst of %d flooding reports from %s (%s) as of %s ...%n", Burst.TEXTS.size(),
                Burst.PLACE, Burst.UNIT, now);
        List<DemoSender.Sent> sent = new ArrayList<>();
        for (Burst.Complaint c : Burst.at(now)) {
            CorpusMessage message = new CorpusMessage(c.key(), c.route().name(), c.text(), "INFRASTRUCTURE", List.of(),
                    "COMPLAINT", "NEGATIVE", true, "xom-bai", Burst.PLACE, List.of());
            DemoPlan.Send send = new DemoPlan.Send(message, c.route(), Burst.UNIT, c.at());
            sent.add(new DemoSender.Sent(send, sender.single(send)));
        }
        return sent;
    }

    private List<DemoSender.Sent> refused(List<DemoSender.Sent> sent) {
        List<DemoSender.Sent> refused = new ArrayList<>(sent.stream().filter(s -> !s.delivery().accepted()).toList());
        refused.stream().limit(20).forEach(s -> out.printf("[demo] NOT accepted: %s (%s): %s%n", s.send().message().id(),
                s.send().route().label(), s.delivery().describe()));
        return refused;
    }

    private static Map<String, String> ids(List<DemoSender.Sent> stored) {
        Map<String, String> units = new LinkedHashMap<>();
        stored.forEach(s -> units.put(s.delivery().feedbackId(), s.send().unitCode()));
        return units;
    }

    private void summary(List<DemoSender.Sent> sent, List<DemoSender.Sent> burst, List<DemoSender.Sent> refused,
            int missing, StaffDesk.Outcome h, SpikeWatch.Result spike, long started) {
        List<DemoSender.Sent> all = new ArrayList<>(sent);
        all.addAll(burst);
        Map<String, Long> perRoute = all.stream().collect(Collectors.groupingBy(s -> s.send().route().label(),
                TreeMap::new, Collectors.counting()));
        Map<String, Long> perUnit = all.stream().collect(Collectors.groupingBy(s -> s.send().unitCode(),
                TreeMap::new, Collectors.counting()));
        long accepted = all.stream().filter(s -> s.delivery().accepted()).count();
        long duplicates = all.stream().filter(s -> s.delivery().duplicate()).count();
        out.println("[demo] ---- summary ----");
        out.printf("[demo] sent %d: %s%n", all.size(), join(perRoute));
        out.printf("[demo] per unit: %s%n", join(perUnit));
        out.printf("[demo] accepted %d (of which %d already stored earlier), refused %d, not searchable %d%n",
                accepted, duplicates, refused.size(), missing);
        out.printf("[demo] answered %d (on time %d, late %d), acknowledged %d, assigned %d, spam %d, closed %d, "
                + "left open %d (%d overdue), handled before %d%n",
                h.count(StaffDecision.Action.ANSWER_ON_TIME) + h.count(StaffDecision.Action.ANSWER_LATE),
                h.count(StaffDecision.Action.ANSWER_ON_TIME), h.count(StaffDecision.Action.ANSWER_LATE),
                h.count(StaffDecision.Action.ACKNOWLEDGE), h.count(StaffDecision.Action.ASSIGN),
                h.count(StaffDecision.Action.SPAM), h.count(StaffDecision.Action.CLOSE),
                h.count(StaffDecision.Action.LEAVE_OPEN), h.openOverdue(), h.count(StaffDecision.Action.ALREADY_HANDLED));
        out.printf("[demo] spike alert: %s%n", spike.describe());
        out.printf("[demo] took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static String join(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
