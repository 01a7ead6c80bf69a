package vn.phananh.units;

/** A unit description that cannot be used, naming the field at fault ({@code channels.desks[0].clientId}). */
public final class InvalidUnitException extends RuntimeException {

    private final String field;

    public InvalidUnitException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
