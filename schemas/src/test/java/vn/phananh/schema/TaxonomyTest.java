package vn.phananh.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;

class TaxonomyTest {

    @Test
    void everyCodeHasAVietnameseName() {
        assertThat(Taxonomy.TOPICS).containsOnlyKeys(Topic.values()).doesNotContainValue("");
        assertThat(Taxonomy.KINDS).containsOnlyKeys(Kind.values());
        assertThat(Taxonomy.SENTIMENTS).containsOnlyKeys(Sentiment.values());
    }

    @Test
    void namesTopicsAsTheTaxonomyDoes() {
        assertThat(Taxonomy.topic(Topic.INFRASTRUCTURE)).isEqualTo("Hạ tầng, giao thông");
        assertThat(Taxonomy.topic(null)).isEqualTo("Khác");
    }
}
