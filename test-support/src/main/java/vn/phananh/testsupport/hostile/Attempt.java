package vn.phananh.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One generated request, exactly as it goes on the wire: method, request target (sent byte for
 * byte, so it may hold what a URI class would refuse), headers in order (duplicates allowed) and
 * body. The label names the seed and what is hostile about it, so a failure can be replayed.
 */
public record Attempt(String label, String method, String target, List<Header> headers, byte[] body) {

    /** One header line; the name and value are sent as UTF-8 bytes. */
    public record Header(String name, String value) {
    }

    public static Attempt post(String label, String target, byte[] body, List<Header> headers) {
        return new Attempt(label, "POST", target, List.copyOf(headers), body);
    }

    public static Attempt get(String label, String target, List<Header> headers) {
        return new Attempt(label, "GET", target, List.copyOf(headers), new byte[0]);
    }

    public static List<Header> headers(String... namesAndValues) {
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            headers.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return headers;
    }

    /**
     * The label without its seed, with numbers folded and generated values after a fixed word
     * ("wrong type at x=…", "key …") cut off, to count tries by the kind of hostility.
     */
    public String kind() {
        String kind = label.replaceFirst("^seed=-?\\d+ ", "").replaceAll("\\d+", "N");
        kind = kind.replaceAll("(wrong (type|value) at [^=]*)=.*", "$1").replaceAll("(junk signature|credentials|key|content type|idempotency key) .*", "$1");
        return printable(kind.length() > 70 ? kind.substring(0, 70) : kind);
    }

    public boolean has(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    /** The label, the size, and the start of the target: enough to recognise a case in a report. */
    @Override
    public String toString() {
        String shownTarget = target.length() > 60 ? target.substring(0, 60) + "…" : target;
        return label + " | " + method + " " + printable(shownTarget) + " | " + body.length + " bytes";
    }

    /** The body's start with control and invalid bytes made visible, for failure messages. */
    public String bodyPreview() {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return printable(text) + (body.length > 300 ? "…" : "");
    }

    /** The headers, long values shortened, for failure messages. */
    public String headersPreview() {
        return headers.stream().map(h -> printable(h.name()) + ": " + printable(h.value().length() > 80
                ? h.value().substring(0, 80) + "…(" + h.value().length() + ")" : h.value())).toList().toString();
    }

    public static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            // Control and invisible characters, and what XML 1.0 cannot hold (test reports are XML).
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF
                    || (c >= 0x200B && c <= 0x200F) || c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
            else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
