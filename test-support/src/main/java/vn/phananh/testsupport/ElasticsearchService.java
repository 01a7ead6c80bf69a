package vn.phananh.testsupport;

/**
 * A real Elasticsearch node for tests: its HTTP URL and how it was obtained
 * ({@code environment}, {@code testcontainers} or {@code local process}).
 */
public record ElasticsearchService(String url, String origin) {
}
