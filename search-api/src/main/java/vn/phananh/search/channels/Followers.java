package vn.phananh.search.channels;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQuery;
import org.springframework.stereotype.Service;

import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/**
 * Followers gained and lost per unit and channel over a period, from the follow and unfollow events
 * the channels delivered ({@code channel.events.v1}, indexed by the indexer): one aggregation.
 */
@Service
public class Followers {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    Followers(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().channelEventsAlias();
        this.clock = clock;
    }

    /** Gained and lost per unit and channel, units the viewer may see only; the last 30 days when from/to are not given. */
    public List<FollowerCount> between(Viewer viewer, Instant from, Instant to) throws IOException {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        Query query = BoolQuery.of(b -> {
            FeedbackQueries.visibleTo(viewer).ifPresent(b::filter);
            return b.filter(RangeQuery.of(r -> r.date(d -> d.field("occurredAt").gte(Long.toString(start.toEpochMilli()))
                            .lt(Long.toString(end.toEpochMilli()))))._toQuery())
                    .filter(FeedbackQueries.anyOf("type", List.of("FOLLOW", "UNFOLLOW")));
        })._toQuery();
        Aggregation byType = Aggregation.of(a -> a.terms(t -> t.field("type").size(2)));
        Aggregation byChannel = Aggregation.of(a -> a.terms(t -> t.field("channel").size(10))
                .aggregations(Map.of("types", byType)));
        var response = client.search(s -> s.index(alias).size(0).query(query)
                .aggregations("units", Aggregation.of(a -> a.terms(t -> t.field("unitCode").size(1000))
                        .aggregations(Map.of("channels", byChannel)))), Void.class);
        List<FollowerCount> counts = new ArrayList<>();
        for (StringTermsBucket unit : response.aggregations().get("units").sterms().buckets().array()) {
            for (StringTermsBucket channel : unit.aggregations().get("channels").sterms().buckets().array()) {
                long gained = 0;
                long lost = 0;
                for (StringTermsBucket type : channel.aggregations().get("types").sterms().buckets().array()) {
                    if (type.key().stringValue().equals("FOLLOW")) {
                        gained = type.docCount();
                    }
                    else {
                        lost = type.docCount();
                    }
                }
                counts.add(new FollowerCount(unit.key().stringValue(), channel.key().stringValue(), gained, lost));
            }
        }
        return counts;
    }

    /** Followers one unit gained and lost on one channel. */
    public record FollowerCount(String unitCode, String channel, long gained, long lost, long net) {

        FollowerCount(String unitCode, String channel, long gained, long lost) {
            this(unitCode, channel, gained, lost, gained - lost);
        }
    }
}
