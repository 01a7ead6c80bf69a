package vn.phananh.local.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import vn.phananh.local.LocalElasticsearch;
import vn.phananh.local.LocalKafka;
import vn.phananh.local.LocalKeycloak;
import vn.phananh.local.ProcessStats;

/** Health probes for each part of the stack, and the resident memory of a process group. */
final class Health {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static boolean kafka(String bootstrap) {
        return LocalKafka.answers(bootstrap);
    }

    static boolean elasticsearch(String url) {
        return LocalElasticsearch.isHealthy(url);
    }

    static boolean keycloak(String url) {
        return LocalKeycloak.isHealthy(url);
    }

    static boolean actuator(String healthUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(healthUrl))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * For a cluster run, two lines more: the Kafka cluster (brokers, partitions, how many lack a replica in
     * sync) and the Elasticsearch cluster (status, nodes, unassigned shards). False when either cluster does not
     * answer or Elasticsearch is red; a degraded cluster that still serves everything is reported, not failed.
     */
    static boolean clusterLines(StackConfig config) {
        boolean ok = true;
        try {
            vn.phananh.local.KafkaReplication.Summary kafka = vn.phananh.local.KafkaReplication.summary(config.kafkaBootstrap());
            System.out.printf("kafka cluster     %d of %d brokers, %d partitions, %d under-replicated, %d under min ISR%n",
                    kafka.brokers(), config.kafka().nodes().size(), kafka.partitions(), kafka.underReplicated(),
                    kafka.underMinIsr());
            ok &= kafka.underMinIsr() == 0;
        }
        catch (RuntimeException ex) {
            System.out.println("kafka cluster     does not answer: " + Pipeline.describe(ex));
            ok = false;
        }
        String status = "unknown";
        for (vn.phananh.local.ElasticsearchCluster.Node node : config.elasticsearch().nodes()) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url()
                        + "/_cluster/health?filter_path=status,number_of_nodes,unassigned_shards"))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    status = response.body();
                    break;
                }
            }
            catch (IOException ex) {
                // the next node may answer
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        System.out.printf("elasticsearch cluster %s (of %d nodes)%n", status, config.elasticsearch().nodes().size());
        return ok && status.contains("\"status\"") && !status.contains("\"red\"");
    }

    /** Resident memory of every process in the group, in MiB (Linux /proc). */
    static long rssMib(long pgid) {
        return ProcessStats.rssMib(pgid);
    }

    private Health() {
    }
}
