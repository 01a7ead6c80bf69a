package vn.phananh.search.indexing;

import org.junit.jupiter.api.Test;

import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ELASTICSEARCH_INDEX_REPLICAS} (1 in the cluster run) sets the replicas of the indices the
 * search API creates, keeping the rest of the mapping file's settings; unset, the file's 0 stays.
 */
class IndexReplicasTest extends ApiTestBase {

    @Test
    void theConfiguredReplicasReplaceTheMappingFilesAndNothingElse() throws Exception {
        String replicated = "replicas-" + Feedbacks.newId();
        String single = "replicas-" + Feedbacks.newId();
        new IndexAdmin(elasticsearch, 1).createIndex(replicated, IndexBootstrap.FEEDBACK_MAPPING, null);
        new IndexAdmin(elasticsearch).createIndex(single, IndexBootstrap.FEEDBACK_MAPPING, null);

        var settings = elasticsearch.indices().getSettings(g -> g.index(replicated)).get(replicated).settings().index();
        assertThat(settings.numberOfReplicas()).isEqualTo("1");
        assertThat(settings.numberOfShards()).isEqualTo("1");
        assertThat(settings.refreshInterval().time()).isEqualTo("1s");
        assertThat(elasticsearch.indices().getMapping(g -> g.index(replicated)).get(replicated).mappings().properties())
                .containsKeys("feedbackId", "foldedText");
        assertThat(elasticsearch.indices().getSettings(g -> g.index(single)).get(single).settings().index()
                .numberOfReplicas()).isEqualTo("0");
        elasticsearch.indices().delete(d -> d.index(replicated, single));
    }
}
