package vn.phananh.local;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The brokers of one KRaft cluster on this machine and how its topics are replicated. One node is
 * the single-node stack (a standalone, dynamic quorum); several are combined broker and controller
 * nodes over a static quorum of all of them ({@code controller.quorum.voters}), so a majority (2 of
 * 3) keeps the metadata and a broker may die without stopping the cluster.
 *
 * @param clusterId the id every node's log directory is formatted with; the same for all, kept across starts
 * @param replicationFactor default replication of every topic, the internal ones included
 * @param minInsyncReplicas replicas that must have a write before {@code acks=all} is answered
 */
public record KafkaCluster(String clusterId, List<Node> nodes, int replicationFactor, int minInsyncReplicas) {

    /** One node: its {@code node.id}, its client port and its controller port. */
    public record Node(int id, int port, int controllerPort) {
    }

    public KafkaCluster {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("A Kafka cluster needs at least one node");
        }
        if (replicationFactor < 1 || replicationFactor > nodes.size()) {
            throw new IllegalArgumentException("Replication factor " + replicationFactor + " needs 1 to " + nodes.size()
                    + " brokers");
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min.insync.replicas " + minInsyncReplicas + " must be 1 to the replication"
                    + " factor " + replicationFactor);
        }
    }

    /** The single broker of the development stack and of most tests: replication 1. */
    public static KafkaCluster single(int port, int controllerPort) {
        return new KafkaCluster(org.apache.kafka.common.Uuid.randomUuid().toString(),
                List.of(new Node(1, port, controllerPort)), 1, 1);
    }

    public boolean isSingle() {
        return nodes.size() == 1;
    }

    public Node node(int id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Kafka node " + id));
    }

    /** Every broker, for clients: they go on through the others when one is down. */
    public String bootstrapServers() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    /** {@code controller.quorum.voters}: id@host:port of every controller. */
    String voters() {
        return nodes.stream().map(n -> n.id() + "@127.0.0.1:" + n.controllerPort()).collect(Collectors.joining(","));
    }
}
