package vn.phananh.bench.running;

/** A channel a benchmark can send through. */
enum BenchChannel {
    FB("fb"), ZALO("zalo"), DESK("desk"), API("api");

    private final String code;

    BenchChannel(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static BenchChannel parse(String code) {
        for (BenchChannel c : values()) {
            if (c.code.equals(code) || (c == FB && code.equals("facebook"))) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown channel '" + code + "'; use fb, zalo, desk or api");
    }
}
