package vn.phananh.search.indexing;

/** Turns a record value into the document to index: its id, external version (or null) and body. */
@FunctionalInterface
interface DocumentDecoder {

    Decoded decode(String topic, byte[] value);

    record Decoded(String id, Long version, Object document) {
    }
}
