package vn.phananh.text;

/** The kinds of personal data the masker finds, each with the placeholder that replaces it. */
public enum PiiType {
    PHONE("[SĐT]"),
    CITIZEN_ID("[CCCD]"),
    EMAIL("[EMAIL]"),
    BANK_ACCOUNT("[STK]");

    private final String mask;

    PiiType(String mask) {
        this.mask = mask;
    }

    /** The placeholder written into masked text. */
    public String mask() {
        return mask;
    }
}
