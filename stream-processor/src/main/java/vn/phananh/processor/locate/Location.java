package vn.phananh.processor.locate;

/** A gazetteer place found in a message: id, official name, type, the words as typed, confidence. */
public record Location(String id, String name, String type, String matchedText, double confidence) {
}
