package vn.phananh.local;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The nodes of one Elasticsearch cluster on this machine. One node runs as {@code single-node}
 * discovery; several find each other through {@code discovery.seed_hosts} (every node's transport
 * port) and form the cluster on their first start from {@code cluster.initial_master_nodes}.
 */
public record ElasticsearchCluster(List<Node> nodes) {

    /** One node: its name, HTTP port and transport port. */
    public record Node(String name, int httpPort, int transportPort) {

        public String url() {
            return "http://127.0.0.1:" + httpPort;
        }
    }

    public ElasticsearchCluster {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("An Elasticsearch cluster needs at least one node");
        }
    }

    public static ElasticsearchCluster single(int httpPort, int transportPort) {
        return new ElasticsearchCluster(List.of(new Node("phananh-node", httpPort, transportPort)));
    }

    public boolean isSingle() {
        return nodes.size() == 1;
    }

    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Elasticsearch node " + name));
    }

    /** Every node's address, comma-separated: what a client that fails over between them is given. */
    public String urls() {
        return nodes.stream().map(Node::url).collect(Collectors.joining(","));
    }

    String seedHosts() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.transportPort()).collect(Collectors.joining(", "));
    }

    String initialMasterNodes() {
        return nodes.stream().map(Node::name).collect(Collectors.joining(", "));
    }
}
