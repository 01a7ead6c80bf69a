package vn.phananh.search.indexing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Versioned indices behind aliases: {@code <alias>-v<N>} created from a mapping file on the
 * classpath, the alias moved atomically from one version to the next.
 */
@Component
public class IndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(IndexAdmin.class);
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)$");

    private final ElasticsearchClient client;
    private final int replicas;

    public IndexAdmin(ElasticsearchClient client) {
        this(client, -1);
    }

    /**
     * @param replicas replicas of each shard of the indices this creates ({@code ELASTICSEARCH_INDEX_REPLICAS}:
     *     1 on a cluster of two nodes or more); negative keeps the mapping file's (0, for one node)
     */
    @Autowired
    public IndexAdmin(ElasticsearchClient client, @Value("${phananh.search.indices.replicas:-1}") int replicas) {
        this.client = client;
        this.replicas = replicas;
    }

    /** Creates {@code <alias>-v1} with the alias when the alias does not exist yet. */
    public void ensureAlias(String alias, String mappingResource) throws IOException {
        Optional<String> current = indexBehind(alias);
        if (current.isPresent()) {
            addNewFields(current.get(), mappingResource);
            return;
        }
        String index = alias + "-v1";
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().putAlias(a -> a.index(index).name(alias).isWriteIndex(true));
        }
        else {
            createIndex(index, mappingResource, alias);
        }
        log.info("Created index {} behind alias {}", index, alias);
    }

    /** The concrete index the alias points at, if any. */
    public Optional<String> indexBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(g -> g.name(alias)).aliases().keySet().stream().sorted().reduce((a, b) -> b);
    }

    /** Creates an index from a mapping file, optionally with an alias; an existing one is kept. */
    public void createIndex(String index, String mappingResource, String aliasOrNull) throws IOException {
        try (InputStream json = new ClassPathResource(mappingResource).getInputStream()) {
            String body = withReplicas(JsonMapper.shared().readTree(json)).toString();
            client.indices().create(c -> {
                c.withJson(new StringReader(body)).index(index);
                if (aliasOrNull != null) {
                    c.aliases(aliasOrNull, a -> a.isWriteIndex(true));
                }
                return c;
            });
        }
        catch (ElasticsearchException ex) {
            if (!"resource_already_exists_exception".equals(ex.error().type())) {
                throw ex;
            }
        }
    }

    /** The mapping file's settings with the configured number of replicas, when one is configured. */
    private JsonNode withReplicas(JsonNode definition) {
        if (replicas >= 0 && definition.path("settings") instanceof ObjectNode settings) {
            settings.put("number_of_replicas", replicas);
        }
        return definition;
    }

    /**
     * Adds fields that the mapping file gained since the index was created (Elasticsearch accepts
     * new fields on a live index). A changed type of an existing field is refused by Elasticsearch;
     * that needs {@code ./pipeline rebuild-index}, which the log line says.
     */
    void addNewFields(String index, String mappingResource) throws IOException {
        JsonNode mappings;
        try (InputStream json = new ClassPathResource(mappingResource).getInputStream()) {
            mappings = JsonMapper.shared().readTree(json).path("mappings");
        }
        try {
            client.indices().putMapping(p -> p.index(index)
                    .withJson(new StringReader(mappings.toString())));
        }
        catch (ElasticsearchException ex) {
            log.error("The mapping of {} differs from {} in a way Elasticsearch cannot apply in place ({}); "
                    + "run ./pipeline rebuild-index", index, mappingResource, ex.error().reason());
        }
    }

    /** Points the alias at {@code to} instead of {@code from} in one atomic step. */
    public void moveAlias(String alias, String from, String to) throws IOException {
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias)))
                .actions(a -> a.add(r -> r.index(to).alias(alias).isWriteIndex(true))));
    }

    /** The next version's index name: {@code feedback-v3} after {@code feedback-v2}. */
    public static String nextVersion(String alias, String current) {
        Matcher m = VERSION.matcher(current);
        int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return alias + "-v" + (n + 1);
    }

    public void refresh(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
