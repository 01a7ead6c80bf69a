package vn.phananh.search.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Tells what Elasticsearch refused because of the request from what it failed to do. */
public final class ElasticsearchErrors {

    /**
     * Whether Elasticsearch refused the request itself (a 4xx: a value it cannot use got through)
     * rather than being unavailable. A missing index (404), a timeout (408) and overload (429) are
     * unavailability; so are 5xx and connection failures, which are not ElasticsearchExceptions.
     */
    public static boolean refusedTheRequest(ElasticsearchException ex) {
        int status = ex.status();
        return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
    }

    private ElasticsearchErrors() {
    }
}
