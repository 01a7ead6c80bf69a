package vn.phananh.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The broker seen from outside the pipeline: topic end offsets, what each consumer group has
 * committed, which groups read which topics, and read-committed consumers for checks.
 */
public final class KafkaView implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 10;

    private final String bootstrap;
    private final Admin admin;

    public KafkaView(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000));
    }

    public List<TopicPartition> partitions(String topic) {
        var description = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** The next offset to be written on each partition of {@code topic}. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> latest = partitions(topic).stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = get(admin.listOffsets(latest).all());
        Map<TopicPartition, Long> ends = new HashMap<>();
        offsets.forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    public long endOffsetSum(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The sum of the end offsets of every topic but Kafka's own ({@code __consumer_offsets},
     * {@code __transaction_state}): it stops moving once nothing in the pipeline writes any more.
     */
    public long allTopicsEndOffsetSum() {
        Collection<String> names = get(admin.listTopics().names()).stream().filter(name -> !name.startsWith("__")).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var topic : get(admin.describeTopics(names).allTopicNames()).values()) {
            topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        return get(admin.listOffsets(latest).all()).values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }

    /** What {@code group} has committed on the partitions of {@code topic} (absent: nothing yet). */
    public Map<TopicPartition, Long> committed(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> all = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> committed = new HashMap<>();
        all.forEach((tp, offset) -> {
            if (tp.topic().equals(topic) && offset != null) {
                committed.put(tp, offset.offset());
            }
        });
        return committed;
    }

    public long committedSum(String group, String topic) {
        return committed(group, topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * For each topic, the consumer groups that read it: those with partitions of it assigned to a
     * member now, or with offsets committed on it.
     */
    public Map<String, Set<String>> groupsByTopic() {
        Map<String, Set<String>> byTopic = new TreeMap<>();
        Collection<String> groups = get(admin.listGroups().all()).stream().map(g -> g.groupId()).toList();
        for (String group : groups) {
            get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()).keySet()
                    .forEach(tp -> byTopic.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(group));
            try {
                get(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)).members()
                        .forEach(member -> member.assignment().topicPartitions()
                                .forEach(tp -> byTopic.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(group)));
            }
            catch (IllegalStateException ex) {
                // not a consumer group (a share or streams group has no such description): offsets tell
            }
        }
        return byTopic;
    }

    /** A consumer of raw bytes that sees only committed transactions, as the pipeline's readers do. */
    public KafkaConsumer<byte[], byte[]> committedReader() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Every committed record of {@code topic} from the offsets {@code from} (absent: 0) to the current end. */
    public List<ConsumerRecord<byte[], byte[]>> readSince(String topic, Map<TopicPartition, Long> from) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = committedReader()) {
            List<TopicPartition> partitions = partitions(topic);
            consumer.assign(partitions);
            partitions.forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** The node id of the KRaft quorum's leader: the active controller. */
    public int quorumLeader() {
        return get(admin.describeMetadataQuorum().quorumInfo()).leaderId();
    }

    /**
     * Partitions of every topic (internal ones included) with fewer replicas in sync than assigned,
     * and how many partitions there are: {@code [underReplicated, partitions]}.
     */
    public int[] underReplicated() {
        Collection<String> names = get(admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions()
                .listInternal(true)).names());
        int under = 0;
        int all = 0;
        for (var topic : get(admin.describeTopics(names).allTopicNames()).values()) {
            for (var partition : topic.partitions()) {
                all++;
                if (partition.isr().size() < partition.replicas().size()) {
                    under++;
                }
            }
        }
        return new int[] { under, all };
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Kafka did not answer: " + ex.getMessage(), ex);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
