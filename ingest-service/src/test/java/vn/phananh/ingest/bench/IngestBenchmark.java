package vn.phananh.ingest.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import vn.phananh.ingest.IngestApplication;
import vn.phananh.local.Distribution;
import vn.phananh.local.Jvm;
import vn.phananh.local.LocalKafka;
import vn.phananh.testsupport.RealServices;

/**
 * Measures, in one run on this machine, the ingest service against its own ceilings: single-message
 * POSTs/s and p99 of the real integration endpoint versus a trivial 202 endpoint of the same
 * service, and batch-API messages/s versus Kafka's ProducerPerformance with the same producer
 * settings. Loopback only; a dedicated broker; bounded to about a minute.
 */
public final class IngestBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int BATCH_CLIENTS = Integer.getInteger("bench.batchClients", 4);
    private static final int BATCH_SIZE = 500;
    private static final Duration WARMUP = Duration.ofSeconds(4);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 8));
    private static final String API_KEY = "pa_test_key_not_real_xa_hung_cuong";
    /** About 600 bytes once stored as a RawFeedback, like ProducerPerformance's 600-byte records. */
    private static final String TEXT = ("Kính gửi UBND xã, đường liên thôn đoạn qua cầu tràn thôn 2 bị sụt lún sau trận mưa lớn, "
            + "xe máy đi lại rất nguy hiểm vào buổi tối vì không có đèn chiếu sáng. Đề nghị xã sớm kiểm tra, "
            + "cắm biển cảnh báo và sửa chữa mặt đường. Xin cảm ơn. ").repeat(2);

    public static void main(String[] args) throws Exception {
        try (LocalKafka kafka = RealServices.dedicatedLocalKafka("bench-" + System.nanoTime()).start(Duration.ofMinutes(3))) {
            ConfigurableApplicationContext app = startService(kafka.bootstrapServers());
            try {
                run(kafka, app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            }
            finally {
                app.close();
            }
        }
    }

    private static void run(LocalKafka kafka, int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + port;
        AtomicLong ids = new AtomicLong();
        IntFunction<HttpRequest> noop = i -> HttpRequest.newBuilder(URI.create(base + "/bench/noop"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(single(i))).build();
        IntFunction<HttpRequest> real = i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/messages"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(single(ids.incrementAndGet()))).build();
        IntFunction<HttpRequest> batch = i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/batch"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(batch(ids))).build();

        load(client, noop, CLIENTS, WARMUP, 202);
        load(client, real, CLIENTS, WARMUP, 202);
        Result noopResult = load(client, noop, CLIENTS, MEASURE, 202);
        Result realResult = load(client, real, CLIENTS, MEASURE, 202);
        load(client, batch, BATCH_CLIENTS, Duration.ofSeconds(3), 200);
        Result batchResult = load(client, batch, BATCH_CLIENTS, MEASURE, 200);
        double producer = producerPerformance(kafka.bootstrapServers());

        double batchMessages = batchResult.perSecond() * BATCH_SIZE;
        System.out.printf("single noop  : %,10.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d clients)%n",
                noopResult.perSecond(), noopResult.p50(), noopResult.p99(), CLIENTS);
        System.out.printf("single real  : %,10.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d clients, acks=all)%n",
                realResult.perSecond(), realResult.p50(), realResult.p99(), CLIENTS);
        System.out.printf("batch API    : %,10.0f msg/s  (%,.0f req/s of %d, p99 %.1f ms, %d clients)%n",
                batchMessages, batchResult.perSecond(), BATCH_SIZE, batchResult.p99(), BATCH_CLIENTS);
        System.out.printf("producer perf: %,10.0f rec/s  (600-byte records, acks=all, idempotent, lz4)%n", producer);
        System.out.printf("RESULT http_ratio=%.2f producer_ratio=%.2f p99_ms=%.2f%n",
                realResult.perSecond() / noopResult.perSecond(), batchMessages / producer, realResult.p99());
    }

    /**
     * The service as it ships, plus one trivial endpoint that only answers 202: the HTTP ceiling of
     * this very service next to its real endpoints. Registered as a function here, not a component
     * the service's scan could find, so the service itself never has it.
     */
    private static ConfigurableApplicationContext startService(String bootstrap) {
        // Command-line arguments: they win over application.yml, unlike default properties.
        return new SpringApplicationBuilder(IngestApplication.class)
                .initializers((GenericApplicationContext context) -> context.registerBean("benchNoop", RouterFunction.class,
                        () -> RouterFunctions.route().POST("/bench/noop", request -> ServerResponse.accepted().build())
                                .build()))
                .run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--phananh.units.secrets-dir=" + vn.phananh.units.DevUnits.ensurePublished(bootstrap),
                "--phananh.ingest.publishing.recent-deliveries=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
    }

    /** Runs {@code clients} virtual threads sending requests back to back for {@code duration}. */
    private static Result load(HttpClient client, IntFunction<HttpRequest> requests, int clients, Duration duration,
            int expectedStatus) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] own = new long[300_000];
            latencies.add(own);
            int client0 = c;
            Thread.ofVirtual().start(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < own.length - 1) {
                        long t0 = System.nanoTime();
                        HttpResponse<Void> response = client.send(requests.apply(client0 * 10_000_000 + n),
                                HttpResponse.BodyHandlers.discarding());
                        own[++n] = System.nanoTime() - t0;
                        if (response.statusCode() != expectedStatus) {
                            failures.incrementAndGet();
                        }
                    }
                }
                catch (IOException | InterruptedException ex) {
                    failures.incrementAndGet();
                }
                finally {
                    own[0] = n;
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests did not answer " + expectedStatus);
        }
        return new Result(all.length / seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String single(long id) {
        return "{\"messageId\":\"bench-" + id + "\",\"text\":\"" + TEXT + "\",\"author\":{\"name\":\"Người dân\"}}";
    }

    private static String batch(AtomicLong ids) {
        StringBuilder body = new StringBuilder(BATCH_SIZE * 700).append("{\"messages\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            body.append(i == 0 ? "" : ",").append(single(ids.incrementAndGet()));
        }
        return body.append("]}").toString();
    }

    /** Runs Kafka's own ProducerPerformance as a child process and returns its records/s. */
    private static double producerPerformance(String bootstrap) throws Exception {
        String topic = "bench-producer-perf";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        Path libs = Distribution.fromBuild().kafkaLibs().toAbsolutePath();
        List<String> command = List.of(Jvm.java(), "-Xmx512m", "-cp", libs + "/*", "org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", Integer.getInteger("bench.producerRecords", 1_500_000).toString(),
                "--record-size", "600", "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap,
                "acks=all", "enable.idempotence=true", "linger.ms=5", "batch.size=65536", "compression.type=lz4");
        Path out = Files.createTempFile("producer-perf", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("ProducerPerformance failed:\n" + Files.readString(out));
            }
            Matcher last = null;
            for (String line : Files.readAllLines(out)) {
                Matcher m = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec").matcher(line);
                if (m.find()) {
                    last = m;
                }
            }
            if (last == null) {
                throw new IllegalStateException("No summary in ProducerPerformance output:\n" + Files.readString(out));
            }
            return Double.parseDouble(last.group(2));
        }
        finally {
            Files.deleteIfExists(out);
        }
    }

    private record Result(double perSecond, double p50, double p99) {
    }

    private IngestBenchmark() {
    }
}
