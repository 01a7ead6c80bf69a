package vn.phananh.load.demo;

/** The way a demo message reaches the ingest service. */
enum Route {
    FACEBOOK_COMMENT("facebook comments"),
    MESSENGER("messenger"),
    ZALO("zalo"),
    DESK("desk"),
    API("api"),
    API_BATCH("api batch");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
