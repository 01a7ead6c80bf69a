package vn.phananh.search.indexing;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/** An index created by an older release gains the fields the mapping file added since, in place. */
class MappingUpgradeTest extends ApiTestBase {

    @Test
    void addsNewFieldsToAnIndexCreatedWithAnOlderMapping() throws Exception {
        String index = "mapping-upgrade-" + Feedbacks.newId();
        String older = """
                {"mappings": {"dynamic": "strict", "properties": {
                  "feedbackId": {"type": "keyword"}, "receivedAt": {"type": "date", "format": "epoch_millis"}}}}
                """;
        elasticsearch.indices().create(c -> c.index(index).withJson(new StringReader(older)));

        new IndexAdmin(elasticsearch).addNewFields(index, "elasticsearch/feedback.json");

        var mapping = elasticsearch.indices().getMapping(g -> g.index(index)).get(index).mappings().properties();
        assertThat(mapping).containsKeys("feedbackId", "receivedAt", "openedAt", "foldedText", "answeredOnTime");
        assertThat(mapping.get("receivedAt").isDate()).isTrue();
        elasticsearch.indices().delete(d -> d.index(index));
    }
}
