package vn.phananh.ingest.account;

/** A one-stop desk and the unit it belongs to. */
public record DeskAccount(String id, String unitCode) {
}
