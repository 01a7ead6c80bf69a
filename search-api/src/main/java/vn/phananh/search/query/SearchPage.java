package vn.phananh.search.query;

import java.util.List;
import java.util.Map;

/** One page of results, the facet counts of the whole result, and the cursor of the next page. */
public record SearchPage(long total, List<FeedbackView> items, Map<String, List<Facets.FacetBucket>> facets,
        String nextCursor) {
}
