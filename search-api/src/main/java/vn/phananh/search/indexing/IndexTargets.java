package vn.phananh.search.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import vn.phananh.search.system.SearchProperties;

/**
 * Where live feedback updates are written: the alias, plus an index being rebuilt so that
 * updates arriving during a replay reach it too (external versions make the double write safe).
 */
@Component
public class IndexTargets {

    private final String feedbackAlias;
    private final String alertsAlias;
    private final String channelEventsAlias;
    private final List<String> extraFeedback = new CopyOnWriteArrayList<>();

    public IndexTargets(SearchProperties properties) {
        this.feedbackAlias = properties.indices().feedbackAlias();
        this.alertsAlias = properties.indices().alertsAlias();
        this.channelEventsAlias = properties.indices().channelEventsAlias();
    }

    public List<Target> feedback() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(feedbackAlias, true));
        extraFeedback.forEach(index -> targets.add(new Target(index, false)));
        return targets;
    }

    public List<Target> alerts() {
        return List.of(new Target(alertsAlias, true));
    }

    public List<Target> channelEvents() {
        return List.of(new Target(channelEventsAlias, true));
    }

    public void addFeedbackIndex(String index) {
        extraFeedback.add(index);
    }

    public void removeFeedbackIndex(String index) {
        extraFeedback.remove(index);
    }

    /** An index or alias to write to; writes to an alias must not auto-create an index of that name. */
    public record Target(String name, boolean alias) {
    }
}
