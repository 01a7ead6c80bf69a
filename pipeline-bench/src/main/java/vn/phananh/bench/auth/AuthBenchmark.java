package vn.phananh.bench.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import vn.phananh.bench.FreshPipeline;
import vn.phananh.bench.Options;
import vn.phananh.bench.PipelineCommand;
import vn.phananh.bench.Target;
import vn.phananh.load.channel.Identity;
import vn.phananh.load.channel.JsonHttp;

/**
 * What signing in costs now that the identity provider does it ({@code ./pipeline bench auth}). On a
 * fresh pipeline with the demo data (or the running one, {@code --running true}):
 * <ol>
 * <li>the search API's CPU per request of the same public endpoint with and without a bearer token
 * (the difference is what checking a token costs), and of an authenticated search;</li>
 * <li>the public page's and an authenticated search's latency, quiet and while 16 clients send wrong
 * credentials for 30 s: wrong passwords to Keycloak's token endpoint (users of their own, locked out
 * by Keycloak's brute-force protection after five) and forged or password credentials to the API.</li>
 * </ol>
 * Last line: {@code RESULT auth_cpu_ms=<x> public_p99_ratio=<y> search_p99_ratio=<z>}.
 */
public final class AuthBenchmark {

    public static int main(Options options) throws Exception {
        int requests = (int) options.number("--requests", 2000);
        int floodSeconds = (int) options.number("--flood-seconds", 30);
        int floodClients = (int) options.number("--flood-clients", 16);
        int quietSeconds = (int) options.number("--quiet-seconds", 20);
        // An attempt per client every 50 ms (320/s in all): ten times what 16 clients could push through the
        // former bcrypt check on this machine. 0 sends back to back, which measures how fast the bench's own
        // clients can saturate 2 shared cores rather than what a wrong credential costs.
        Duration interval = Duration.ofMillis((long) options.number("--flood-interval-ms", 50));
        boolean running = Boolean.parseBoolean(options.values().getOrDefault("--running", "false"));
        FreshPipeline fresh = null;
        Target target;
        if (running) {
            target = Target.running(options.root(), System.getenv());
        }
        else {
            fresh = FreshPipeline.start(options.root(), options.dataDir("auth-data"));
            target = fresh.target();
            System.out.println("[auth] loading the demo data (./pipeline demo) ...");
            PipelineCommand.Result demo = PipelineCommand.run(target, Duration.ofMinutes(15), "demo");
            if (!demo.ok()) {
                throw new IllegalStateException("./pipeline demo failed:\n" + demo.output());
            }
        }
        try {
            HttpClient http = JsonHttp.newClient();
            Identity identity = new Identity(http, URI.create(target.keycloakUrl()));
            long searchApi = target.pids().get("search-api");
            CpuPerRequest.Result cpu = new CpuPerRequest(http, target.searchUrl(), identity, searchApi).measure(requests);
            cpu.print();
            System.out.printf("[auth] before: one bcrypt check (cost 10), what every request of a configured user cost,"
                    + " takes %.1f ms of CPU here%n", bcryptMillis());

            LatencyProbe probe = new LatencyProbe(http, target.searchUrl(), identity);
            LatencyProbe.Result quiet = probe.during(Duration.ofSeconds(quietSeconds), null);
            quiet.print("quiet");
            WrongCredentialsFlood flood = new WrongCredentialsFlood(http, target, floodClients, interval);
            LatencyProbe.Result flooded = probe.during(Duration.ofSeconds(floodSeconds), flood);
            flooded.print("flood");
            flood.print();
            double publicRatio = flooded.publicP99() / quiet.publicP99();
            double searchRatio = flooded.searchP99() / quiet.searchP99();
            System.out.printf("[auth] p99 under the flood / quiet: public page %.2f, authenticated search %.2f (goal <= 1.5)%n",
                    publicRatio, searchRatio);
            System.out.printf("RESULT auth_cpu_ms=%.3f public_p99_ratio=%.2f search_p99_ratio=%.2f%n",
                    cpu.tokenCostMillis(), publicRatio, searchRatio);
            return cpu.tokenCostMillis() <= 2.0 && publicRatio <= 1.5 && searchRatio <= 1.5 ? 0 : 1;
        }
        finally {
            if (fresh != null) {
                fresh.close();
            }
        }
    }

    /** CPU time of one check of a bcrypt hash of cost 10, as the former users had, median of 20. */
    static double bcryptMillis() {
        String hash = org.springframework.security.crypto.bcrypt.BCrypt.hashpw("phananh-dev",
                org.springframework.security.crypto.bcrypt.BCrypt.gensalt(10));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            org.springframework.security.crypto.bcrypt.BCrypt.checkpw("sai-mat-khau", hash);
            millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    static List<String> users(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "flood-" + i).toList();
    }

    private AuthBenchmark() {
    }
}
