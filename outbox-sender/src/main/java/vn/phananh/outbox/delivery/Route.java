package vn.phananh.outbox.delivery;

/** How a message reaches the citizen: where they wrote decides. */
public enum Route {
    FACEBOOK_COMMENT("facebook-comment"),
    MESSENGER("messenger"),
    ZALO("zalo"),
    CALLBACK("callback"),
    NONE("none");

    private final String tag;

    Route(String tag) {
        this.tag = tag;
    }

    /** The name on the ledger and on metrics. */
    public String tag() {
        return tag;
    }
}
