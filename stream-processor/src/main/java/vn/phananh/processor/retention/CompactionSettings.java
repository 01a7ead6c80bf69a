package vn.phananh.processor.retention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import vn.phananh.processor.topology.FeedbackTopology;
import vn.phananh.schema.Topics;

/**
 * The topics that hold personal data per feedback id and are cleaned by compaction: the raw and
 * enriched topics and the changelog of the processor's feedback store. The processor creates new
 * topics this way ({@link Topics#all}); on topics created before (raw was {@code delete}, and no
 * topic had a compaction lag bound) a retention run sets it, so that the anonymised revision it
 * writes replaces the earlier records within {@link Topics#MAX_COMPACTION_LAG_MS}.
 */
final class CompactionSettings {

    private final Admin admin;

    CompactionSettings(Admin admin) {
        this.admin = admin;
    }

    static List<String> topics(String applicationId) {
        return List.of(Topics.RAW_NAME, Topics.ENRICHED_NAME,
                applicationId + "-" + FeedbackTopology.FEEDBACK_STORE + "-changelog");
    }

    /** Describes (and unless {@code dryRun} applies) what each existing topic lacks; returns the lines to show. */
    List<String> ensure(Collection<String> topics, boolean dryRun) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<String> lines = new ArrayList<>();
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                continue;
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            List<AlterConfigOp> changes = missing(config);
            if (changes.isEmpty()) {
                lines.add(topic + ": compacted, superseded records gone within "
                        + Topics.MAX_COMPACTION_LAG_MS / 86_400_000 + " days");
                continue;
            }
            String what = changes.stream().map(c -> c.configEntry().name() + "=" + c.configEntry().value()).toList().toString();
            if (!dryRun) {
                admin.incrementalAlterConfigs(Map.of(resource, changes)).all().get();
            }
            lines.add(topic + (dryRun ? ": would set " : ": set ") + what);
        }
        return lines;
    }

    private static List<AlterConfigOp> missing(Config config) {
        List<AlterConfigOp> changes = new ArrayList<>();
        ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            changes.add(set(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        ConfigEntry lag = config.get(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG);
        if (lag == null || Long.parseLong(lag.value()) > Topics.MAX_COMPACTION_LAG_MS) {
            changes.add(set(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(Topics.MAX_COMPACTION_LAG_MS)));
        }
        return changes;
    }

    private static AlterConfigOp set(String name, String value) {
        return new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET);
    }
}
