package vn.phananh.outbox.system;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.outbox.channel.Callback;
import vn.phananh.outbox.channel.FacebookGraph;
import vn.phananh.outbox.channel.Http;
import vn.phananh.outbox.channel.ZaloOa;
import vn.phananh.outbox.delivery.Deliverer;
import vn.phananh.outbox.delivery.OutboxMetrics;
import vn.phananh.outbox.delivery.OutboxWorker;
import vn.phananh.outbox.delivery.Planner;
import vn.phananh.outbox.delivery.SentLedger;
import vn.phananh.outbox.delivery.Wording;
import vn.phananh.schema.Topics;
import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitRegistry;

/** Wires the sender: the units, the platform clients, the planner and retry policy, the ledger and the worker thread. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    UnitRegistry unitRegistry(KafkaProperties kafka, UnitsProperties units) {
        return new UnitRegistry(bootstrap(kafka), units.topic()).start(units.loadTimeout());
    }

    @Bean
    Planner planner(OutboxProperties p, UnitRegistry units, UnitsProperties unitsProperties, Clock clock) {
        Http http = new Http(HttpClient.newBuilder().connectTimeout(p.requestTimeout()).build(), p.requestTimeout());
        return new Planner(code -> units.find(code, Duration.ofSeconds(2)), SecretRef.Secrets.ofProcess(unitsProperties.secretsDir()),
                new FacebookGraph(http, p.facebook().graphUrl(), p.facebook().apiVersion(), p.facebook().appSecret()),
                new ZaloOa(http, p.zalo().apiUrl()), new Callback(http), new Wording(p.trackingPage()),
                p.facebook().messengerWindow(), p.zalo().replyWindow(), clock);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry) {
        return new OutboxMetrics(registry);
    }

    @Bean
    OutboxWorker outboxWorker(OutboxProperties p, KafkaProperties kafka, Planner planner, OutboxMetrics metrics, Clock clock) {
        createTopics(bootstrap(kafka), p.topics(), p.topicPartitions());
        SentLedger ledger = SentLedger.load(bootstrap(kafka), p.topics().deliveries(), Duration.ofSeconds(60));
        Deliverer deliverer = new Deliverer(planner, p.retry().maxAttempts(), p.retry()::backoffAfter, Thread::sleep, metrics,
                p.deliver());
        return new OutboxWorker(new OutboxWorker.Settings(bootstrap(kafka), p.groupId(), p.transactionalId(),
                p.topics().outbox(), p.topics().deliveries(), p.topics().dlq()), deliverer, ledger, metrics, clock);
    }

    /** Runs the worker on a thread of its own from start to stop. */
    @Bean
    SmartLifecycle outboxWorkerLifecycle(OutboxWorker worker) {
        return new SmartLifecycle() {
            private Thread thread;

            @Override
            public void start() {
                thread = new Thread(worker, "outbox-worker");
                thread.start();
            }

            @Override
            public void stop() {
                worker.stop();
                try {
                    thread.join(Duration.ofSeconds(10));
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isRunning() {
                return thread != null && thread.isAlive();
            }
        };
    }

    /** The outbox, the ledger and the dead letters, with the settings of {@link Topics#all}, when missing. */
    private static void createTopics(String bootstrap, OutboxProperties.Topics topics, int partitions) {
        var settings = Topics.all(partitions);
        List<NewTopic> wanted = List.of(
                rename(settings, Topics.OUTBOX_NAME, topics.outbox()),
                rename(settings, Topics.OUTBOX_DELIVERIES_NAME, topics.deliveries()),
                rename(settings, Topics.DLQ_NAME, topics.dlq()));
        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (NewTopic topic : wanted) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                }
                catch (java.util.concurrent.ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create " + topic.name(), ex.getCause());
                    }
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static NewTopic rename(List<Topics.TopicSettings> all, String name, String as) {
        Topics.TopicSettings s = all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        return new Topics.TopicSettings(as, s.partitions(), s.cleanupPolicy(), s.retentionMs(), s.configs())
                .toNewTopic(java.util.Optional.empty());
    }

    private static String bootstrap(KafkaProperties kafka) {
        return String.join(",", kafka.getBootstrapServers());
    }
}
