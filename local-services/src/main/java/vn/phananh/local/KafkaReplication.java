package vn.phananh.local;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/** How the topics of a Kafka cluster are replicated right now: what {@code ./pipeline status} and the tests read. */
public final class KafkaReplication {

    /**
     * @param brokers brokers registered and alive
     * @param partitions partitions of every topic, the internal ones included
     * @param underReplicated partitions with fewer replicas in sync than assigned
     * @param underMinIsr partitions with fewer replicas in sync than their {@code min.insync.replicas}: they refuse writes
     */
    public record Summary(int brokers, int partitions, int underReplicated, int underMinIsr) {
    }

    /** One partition: its topic, replicas assigned and in sync, and its topic's {@code min.insync.replicas}. */
    public record PartitionState(String topic, int partition, int replicas, int inSync, int minInsync) {
    }

    public static Summary summary(String bootstrap) {
        try (Admin admin = admin(bootstrap)) {
            int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
            List<PartitionState> states = partitions(admin);
            return new Summary(brokers, states.size(), (int) states.stream().filter(p -> p.inSync() < p.replicas()).count(),
                    (int) states.stream().filter(p -> p.inSync() < p.minInsync()).count());
        }
        catch (Exception ex) {
            throw new IllegalStateException("Kafka at " + bootstrap + " does not answer", ex);
        }
    }

    /** Every partition of every topic (internal ones included). */
    public static List<PartitionState> partitions(String bootstrap) {
        try (Admin admin = admin(bootstrap)) {
            return partitions(admin);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Kafka at " + bootstrap + " does not answer", ex);
        }
    }

    private static List<PartitionState> partitions(Admin admin) throws Exception {
        Collection<String> names = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                .names().get(10, TimeUnit.SECONDS);
        Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
        List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
        return topics.values().stream().flatMap(topic -> {
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
            int minIsr = config == null || config.get("min.insync.replicas") == null ? 1
                    : Integer.parseInt(config.get("min.insync.replicas").value());
            return topic.partitions().stream().map(p -> new PartitionState(topic.name(), p.partition(), p.replicas().size(),
                    p.isr().size(), minIsr));
        }).toList();
    }

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(props);
    }

    private KafkaReplication() {
    }
}
