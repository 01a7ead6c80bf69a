package vn.phananh.search.indexing;

import java.util.List;

/** Hears about feedback once a batch holding it is in Elasticsearch (the live feed of new feedback). */
public interface FeedbackIndexedListener {

    /** The batch's feedback as indexed; a listener picks what it wants (new ones: revision 1). */
    void feedbackIndexed(List<FeedbackDocument> feedback);
}
