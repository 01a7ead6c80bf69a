package vn.phananh.processor.locate;

/** One alias occurrence in a message, with how strongly it should count when several places are named. */
record PlaceMatch(AliasIndex.Alias alias, int start, int end, double rank) {

    boolean isCommune() {
        return alias.entry() == null;
    }
}
