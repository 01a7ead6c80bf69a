package vn.phananh.bench.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;

import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Searchability;

/**
 * Every accepted message exactly once, counted by id: listed once by the search API, and one
 * committed record on the enriched topic (the index's {@code _id} would hide a doubled record).
 */
record ExactlyOnce(long missing, long duplicates, long enrichedMissing, long enrichedDuplicates) {

    static ExactlyOnce check(Searchability search, KafkaView kafka, Map<TopicPartition, Long> enrichedMark,
            Set<String> ids, Instant from) {
        Map<String, Integer> searchable = search.countById(ids, from, null);
        Map<String, Integer> enriched = EnrichedTopic.countsSince(kafka, enrichedMark, ids);
        return new ExactlyOnce(ids.size() - searchable.size(), doubled(searchable), ids.size() - enriched.size(),
                doubled(enriched));
    }

    void addFigures(Map<String, String> figures) {
        figures.put("missing", Long.toString(missing));
        figures.put("duplicates", Long.toString(duplicates));
        figures.put("enriched_missing", Long.toString(enrichedMissing));
        figures.put("enriched_duplicates", Long.toString(enrichedDuplicates));
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (missing > 0) {
            problems.add(missing + " accepted messages are not searchable");
        }
        if (duplicates > 0) {
            problems.add(duplicates + " accepted messages are searchable more than once");
        }
        if (enrichedMissing > 0 || enrichedDuplicates > 0) {
            problems.add("feedback.enriched.v1: " + enrichedMissing + " accepted ids without a record, "
                    + enrichedDuplicates + " with more than one");
        }
        return problems;
    }

    private static long doubled(Map<String, Integer> counts) {
        return counts.values().stream().filter(n -> n > 1).count();
    }
}
