package vn.phananh.search.indexing;

import java.util.List;

/**
 * Told about alerts once they are in Elasticsearch (e.g. to push them to open supervisor pages).
 * Called on the indexer's thread: implementations hand the work off and return quickly; what
 * they throw is logged and never fails indexing.
 */
public interface AlertsIndexedListener {

    void alertsIndexed(List<AlertDocument> alerts);
}
