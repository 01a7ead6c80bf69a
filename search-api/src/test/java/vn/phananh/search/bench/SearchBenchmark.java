package vn.phananh.search.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.schema.Topics;
import vn.phananh.search.Feedbacks;
import vn.phananh.search.SearchApplication;
import vn.phananh.search.TestStack;
import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.indexing.IndexBootstrap;
import vn.phananh.search.query.FeedbackFilter;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.security.Role;
import vn.phananh.search.security.Viewer;
import vn.phananh.testsupport.RealServices;

/**
 * Indexer throughput against a raw bulk of the same documents, and search latency through the
 * API against the same Elasticsearch request sent directly, on the real broker and node.
 * Last line: {@code RESULT index_ratio=<x> search_p99_ratio=<y>}.
 */
public final class SearchBenchmark {

    static final int DOCS = Integer.getInteger("bench.docs", 200_000);
    static final int CLIENTS = 8;
    static final int REQUESTS = Integer.getInteger("bench.requests", 400);
    static final int BULK = 1000;
    static final int ROUNDS = 4;
    static final String USER = "staff-hung-cuong";
    static final List<String> QUERIES = List.of("duong ngap", "đèn đường hỏng", "rac thai", "mất điện",
            "nuoc sinh hoat duc", "tiếng ồn karaoke", "ho so dat dai");

    public static void main(String[] args) throws Exception {
        TestStack stack = TestStack.create("bench");
        ElasticsearchClient direct = new ElasticsearchClient(new Rest5ClientTransport(
                Rest5Client.builder(URI.create(stack.elasticsearchUrl())).build(), new Jackson3JsonpMapper()));
        System.out.printf("Generating %d feedback records%n", DOCS);
        List<EnrichedFeedback> records = generate(DOCS);

        double rawRate = rawBulk(direct, records, "bench-raw-" + stack.name());
        ConfigurableApplicationContext app = start(stack);
        double indexerRate = indexer(stack, records);
        double indexRatio = indexerRate / rawRate;
        System.out.printf("index: raw bulk %.0f docs/s, indexer %.0f docs/s, ratio %.2f%n", rawRate, indexerRate,
                indexRatio);

        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        FeedbackSearch search = app.getBean(FeedbackSearch.class);
        Viewer viewer = new Viewer(USER, Role.STAFF, java.util.Set.of(Feedbacks.UNIT_A));
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        Callable<Long> api = () -> apiCall(http, port);
        Callable<Long> es = () -> directCall(direct, search, viewer);
        measure("warm-up api", api, 100);
        measure("warm-up direct", es, 100);
        // Alternate rounds so neither side profits alone from caches warming or the machine's load.
        List<long[]> directRounds = new ArrayList<>();
        List<long[]> apiRounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            directRounds.add(measure("direct round " + round, es, REQUESTS / ROUNDS));
            apiRounds.add(measure("api round " + round, api, REQUESTS / ROUNDS));
        }
        long[] directLatency = merged("direct", directRounds);
        long[] apiLatency = merged("api", apiRounds);
        double p99Ratio = (double) percentile(apiLatency, 99) / percentile(directLatency, 99);
        System.out.printf("search p99: api %.1f ms, direct %.1f ms%n", percentile(apiLatency, 99) / 1e6,
                percentile(directLatency, 99) / 1e6);
        app.close();
        System.out.printf("RESULT index_ratio=%.2f search_p99_ratio=%.2f%n", indexRatio, p99Ratio);
        System.exit(0);
    }

    static List<EnrichedFeedback> generate(int n) {
        String[] subjects = { "Đường ngập sâu", "Đèn đường hỏng", "Rác thải chưa thu gom", "Mất điện kéo dài",
            "Nước sinh hoạt bị đục", "Tiếng ồn karaoke", "Hồ sơ đất đai chậm", "Cống thoát nước tắc",
            "Cây đổ chắn đường", "Chó thả rông", "Lấn chiếm vỉa hè", "Trường học xuống cấp" };
        String[] tails = { "ở thôn 3", "gần chợ", "sau mưa lớn", "cả tuần nay", "mong xã xử lý sớm",
            "ảnh hưởng người dân", "đã báo nhiều lần", "vào ban đêm" };
        Topic[] topics = Topic.values();
        Random random = new Random(42);
        Instant now = Instant.now();
        List<EnrichedFeedback> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = subjects[random.nextInt(subjects.length)] + " " + tails[random.nextInt(tails.length)] + " "
                    + tails[random.nextInt(tails.length)] + " số " + i;
            String unit = i % 2 == 0 ? Feedbacks.UNIT_A : Feedbacks.UNIT_B;
            Instant received = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            out.add(Feedbacks.feedback(Feedbacks.newId(), unit, text).setReceivedAt(received).setEnrichedAt(received)
                    .setDeadline(received.plus(Duration.ofDays(3)))
                    .setTopic(TopicScore.newBuilder().setTopic(topics[random.nextInt(topics.length)])
                            .setConfidence(0.8).build())
                    .setKind(Kind.values()[random.nextInt(Kind.values().length)]).setUrgent(random.nextInt(20) == 0)
                    .build());
        }
        return out;
    }

    /** The same documents, bulk by bulk from one thread, straight into a fresh index. */
    static double rawBulk(ElasticsearchClient client, List<EnrichedFeedback> records, String index)
            throws Exception {
        try (InputStream json = new ClassPathResource(IndexBootstrap.FEEDBACK_MAPPING).getInputStream()) {
            client.indices().create(c -> c.withJson(json).index(index));
        }
        List<FeedbackDocument> docs = records.stream().map(FeedbackDocument::from).toList();
        long start = System.nanoTime();
        for (int from = 0; from < docs.size(); from += BULK) {
            List<BulkOperation> ops = docs.subList(from, Math.min(docs.size(), from + BULK)).stream()
                    .map(d -> BulkOperation.of(o -> o.index(i -> i.index(index).id(d.feedbackId()).document(d)
                            .version(d.revision()).versionType(VersionType.External))))
                    .toList();
            var response = client.bulk(b -> b.operations(ops));
            if (response.errors()) {
                throw new IllegalStateException("raw bulk had errors");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        client.indices().delete(d -> d.index(index));
        return docs.size() / seconds;
    }

    static ConfigurableApplicationContext start(TestStack stack) {
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("server.port", "0");
        props.put("spring.kafka.bootstrap-servers", stack.bootstrap());
        props.put("spring.elasticsearch.uris", stack.elasticsearchUrl());
        props.put("phananh.search.topics.enriched", stack.enrichedTopic());
        props.put("phananh.search.topics.alerts", stack.alertsTopic());
        props.put("phananh.search.topics.status", stack.statusTopic());
        props.put("phananh.search.topics.dlq", stack.dlqTopic());
        props.put("phananh.search.indices.feedback-alias", stack.feedbackAlias());
        props.put("phananh.search.indices.alerts-alias", stack.alertsAlias());
        props.put("phananh.search.indexer.group-id", "indexer-" + stack.name());
        // Callers hold real access tokens of the run's Keycloak (a local signature check per call).
        props.put("phananh.search.security.issuer", RealServices.keycloak().issuer());
        props.put("phananh.search.security.backchannel", RealServices.keycloak().issuer());
        props.put("logging.level.root", "WARN");
        // Command-line arguments outrank application.yml (default properties would not).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return SpringApplication.run(SearchApplication.class, args);
    }

    /** Produces every record and waits until the indexer committed the last offset. */
    static double indexer(TestStack stack, List<EnrichedFeedback> records) throws Exception {
        long start = System.nanoTime();
        try (var producer = stack.producer()) {
            for (EnrichedFeedback f : records) {
                producer.send(new ProducerRecord<>(stack.enrichedTopic(), f.getFeedbackId(),
                        Topics.ENRICHED.valueSerde().serializer().serialize(stack.enrichedTopic(), f)));
            }
        }
        TopicPartition tp = new TopicPartition(stack.enrichedTopic(), 0);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrap()))) {
            while (true) {
                var offsets = admin.listConsumerGroupOffsets("indexer-" + stack.name()).partitionsToOffsetAndMetadata()
                        .get();
                var committed = offsets.get(tp);
                if (committed != null && committed.offset() >= records.size()) {
                    break;
                }
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            }
        }
        return records.size() / ((System.nanoTime() - start) / 1e9);
    }

    static long apiCall(HttpClient http, int port) throws Exception {
        String query = QUERIES.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(QUERIES.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/feedback?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + RealServices.keycloak().accessToken(USER)).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("API answered " + response.statusCode());
        }
        return System.nanoTime() - start;
    }

    static long directCall(ElasticsearchClient client, FeedbackSearch search, Viewer viewer) throws Exception {
        String query = QUERIES.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(QUERIES.size()));
        FeedbackFilter filter = new FeedbackFilter(query, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        var request = search.request(viewer, filter, Instant.now());
        long start = System.nanoTime();
        client.search(request, FeedbackDocument.class);
        return System.nanoTime() - start;
    }

    /** {@code CLIENTS} threads, {@code perClient} calls each; returns sorted latencies (ns). */
    static long[] measure(String name, Callable<Long> call, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                long[] times = new long[perClient];
                for (int i = 0; i < perClient; i++) {
                    times[i] = call.call();
                }
                return times;
            }));
        }
        long[] all = new long[CLIENTS * perClient];
        int at = 0;
        for (Future<long[]> f : futures) {
            long[] t = f.get();
            System.arraycopy(t, 0, all, at, t.length);
            at += t.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        java.util.Arrays.sort(all);
        System.out.printf("%s: %d requests, %.0f qps, p50 %.1f ms, p99 %.1f ms%n", name, all.length,
                all.length / seconds, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6);
        return all;
    }

    static long[] merged(String name, List<long[]> rounds) {
        long[] all = rounds.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        System.out.printf("%s: %d requests, p50 %.1f ms, p99 %.1f ms%n", name, all.length,
                percentile(all, 50) / 1e6, percentile(all, 99) / 1e6);
        return all;
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private SearchBenchmark() {
    }
}
