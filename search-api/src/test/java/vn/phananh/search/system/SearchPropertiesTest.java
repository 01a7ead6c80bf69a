package vn.phananh.search.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import vn.phananh.schema.Topics;

/** Topic names live in {@link Topics} only: the search API binds them from there, not from its yml. */
class SearchPropertiesTest {

    private static final Map<String, String> REQUIRED = Map.of(
            "phananh.search.indices.feedback-alias", "feedback", "phananh.search.indices.alerts-alias", "alerts",
            "phananh.search.indexer.group-id", "g", "phananh.search.indexer.concurrency", "1",
            "phananh.search.indexer.item-retries", "1", "phananh.search.indexer.item-backoff", "1s",
            "phananh.search.indexer.max-backoff", "1s");

    @Test
    void topicsDefaultToTheNamesOfTopics() {
        SearchProperties properties = new Binder(new MapConfigurationPropertySource(REQUIRED))
                .bind("phananh.search", SearchProperties.class).get();

        assertThat(properties.topics()).isEqualTo(new SearchProperties.TopicNames(Topics.ENRICHED_NAME,
                Topics.ALERTS_NAME, Topics.STATUS_NAME, Topics.DLQ_NAME, Topics.LABELS_NAME, Topics.CHANNEL_EVENTS_NAME));
    }

    @Test
    void listenersReadTheSameDefaultsAndTheSameOverrides() {
        StandardEnvironment environment = new StandardEnvironment();
        assertThat(environment.resolvePlaceholders(SearchProperties.TopicNames.ENRICHED)).isEqualTo(Topics.ENRICHED_NAME);
        assertThat(environment.resolvePlaceholders(SearchProperties.TopicNames.ALERTS)).isEqualTo(Topics.ALERTS_NAME);

        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("phananh.search.topics.enriched", "enriched-of-a-test")));
        assertThat(environment.resolvePlaceholders(SearchProperties.TopicNames.ENRICHED)).isEqualTo("enriched-of-a-test");
    }

    @Test
    void applicationYmlNamesNoTopic() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));

        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(
                ((EnumerablePropertySource<?>) source).getPropertyNames()).noneMatch(n -> n.contains(".topics.")));
    }
}
