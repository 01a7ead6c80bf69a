package vn.phananh.search.trends;

/** A topic counted in a period and in the period of equal length just before it. */
public record RisingTopic(String topic, long current, long previous, long change, Double ratio) {
}
