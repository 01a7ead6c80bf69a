package vn.phananh.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.phananh.bench.ElasticsearchHttp;

/**
 * The cluster run loses a broker and a node under load: {@code kill -9} of the Kafka broker that
 * leads the KRaft quorum (and a third of the partitions) and of the Elasticsearch node that holds
 * the feedback index's primary among those outside the voting configuration (a cluster of two
 * master-eligible nodes votes with one; losing that one stops it, as Elasticsearch documents, so
 * the drill kills the other), both kept down while the load goes on. Every message accepted before
 * and during the outage must become searchable while they are still down (the catch-up clock), exactly
 * once; then both are started again and the drill waits until every partition has all its replicas in
 * sync and the index is green again.
 */
public final class ClusterFailover implements FaultScenario {

    /** How long the broker and the node stay down under load. */
    static final Duration DOWN = Duration.ofSeconds(40);
    static final Duration RESTORE_TIMEOUT = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "cluster-failover";
    }

    @Override
    public String description() {
        return "kill -9 of one Kafka broker (the quorum leader) and one Elasticsearch node under load, "
                + DOWN.toSeconds() + " s down, caught up without them, then started again";
    }

    @Override
    public Verdict run(Drill drill) {
        if (!drill.target().cluster()) {
            throw new IllegalStateException("cluster-failover needs a cluster run: ./pipeline faults --cluster");
        }
        ElasticsearchHttp elasticsearch = new ElasticsearchHttp(drill.target().elasticsearchUrl());
        drill.warmUp();
        String broker = "kafka-" + drill.kafka().quorumLeader();
        String node = nodeToKill(elasticsearch);
        drill.note("killed " + broker + " (quorum leader) and " + node + " (" + shardsOn(elasticsearch, node) + ")");
        drill.faultStarts("kill -9 of " + broker + " and " + node);
        drill.pipeline("kill", broker);
        drill.pipeline("kill", node);
        Drill.pause(DOWN);
        drill.figure("ingest_gap_s", Drill.seconds(drill.longestAcceptGap()));
        drill.faultEnds();
        Optional<Instant> caught = drill.awaitCaughtUp();
        drill.figure("caught_up_degraded", caught.isPresent());
        Instant restart = Instant.now();
        drill.pipeline("start", broker);
        drill.pipeline("start", node);
        drill.figure("restart_s", Drill.seconds(Duration.between(restart, Instant.now())));
        awaitRestored(drill, elasticsearch, restart);
        return drill.verdict();
    }

    /**
     * A node outside the voting configuration (with two nodes, the one that is not the elected master),
     * preferring the one that holds the feedback index's primary, so that the replica must be promoted.
     */
    static String nodeToKill(ElasticsearchHttp elasticsearch) {
        JsonNode coordination = elasticsearch.json("GET",
                "/_cluster/state/metadata?filter_path=metadata.cluster_coordination.last_committed_config", null);
        Set<String> voting = new HashSet<>();
        coordination.path("metadata").path("cluster_coordination").path("last_committed_config")
                .forEach(id -> voting.add(id.asString()));
        List<String> candidates = new ArrayList<>();
        elasticsearch.json("GET", "/_nodes?filter_path=nodes.*.name", null).path("nodes").properties()
                .forEach(entry -> { if (!voting.contains(entry.getKey())) candidates.add(entry.getValue().path("name").asString()); });
        if (candidates.isEmpty()) {
            throw new IllegalStateException("Every Elasticsearch node votes: losing any one would stop the cluster");
        }
        String primary = primaryOf(elasticsearch, "feedback");
        return candidates.contains(primary) ? primary : candidates.getFirst();
    }

    private static String primaryOf(ElasticsearchHttp elasticsearch, String alias) {
        for (JsonNode shard : elasticsearch.json("GET", "/_cat/shards/" + alias + "?format=json&h=prirep,node", null)) {
            if (shard.path("prirep").asString().equals("p")) {
                return shard.path("node").asString();
            }
        }
        return "";
    }

    private static String shardsOn(ElasticsearchHttp elasticsearch, String node) {
        List<String> shards = new ArrayList<>();
        for (JsonNode shard : elasticsearch.json("GET", "/_cat/shards?format=json&h=index,prirep,node", null)) {
            if (shard.path("node").asString().equals(node)) {
                shards.add(shard.path("index").asString() + (shard.path("prirep").asString().equals("p") ? " primary"
                        : " replica"));
            }
        }
        return shards.isEmpty() ? "no shards" : String.join(", ", shards);
    }

    /** Waits until Kafka has every replica in sync and Elasticsearch is green; the times are figures. */
    private static void awaitRestored(Drill drill, ElasticsearchHttp elasticsearch, Instant from) {
        long deadline = System.nanoTime() + RESTORE_TIMEOUT.toNanos();
        Instant isrFull = null;
        Instant green = null;
        int[] under = { -1, -1 };
        while ((isrFull == null || green == null) && System.nanoTime() < deadline) {
            if (isrFull == null) {
                try {
                    under = drill.kafka().underReplicated();
                    if (under[0] == 0) {
                        isrFull = Instant.now();
                    }
                }
                catch (IllegalStateException ex) {
                    // asked again below
                }
            }
            if (green == null) {
                try {
                    JsonNode health = elasticsearch.json("GET", "/_cluster/health?filter_path=status", null);
                    if (health.path("status").asString().equals("green")) {
                        green = Instant.now();
                    }
                }
                catch (IllegalStateException ex) {
                    // asked again below
                }
            }
            Drill.pause(Duration.ofSeconds(1));
        }
        drill.figure("isr_restored_s", isrFull == null ? "timeout" : Drill.seconds(Duration.between(from, isrFull)));
        drill.figure("green_s", green == null ? "timeout" : Drill.seconds(Duration.between(from, green)));
        if (isrFull == null) {
            drill.problem(under[0] + " of " + under[1] + " partitions still under-replicated " + RESTORE_TIMEOUT.toMinutes()
                    + " min after the broker was started again");
        }
        if (green == null) {
            drill.problem("Elasticsearch not green " + RESTORE_TIMEOUT.toMinutes() + " min after the node was started again");
        }
    }
}
