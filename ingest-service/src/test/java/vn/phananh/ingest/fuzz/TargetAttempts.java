package vn.phananh.ingest.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.phananh.testsupport.hostile.Attempt;

/**
 * Requests whose body is valid but whose credentials are missing, sent to twisted forms of each
 * entrance's path (dot segments, encoded slashes and NULs, matrix parameters, case, suffixes,
 * very long paths), with hostile query strings or other methods, and requests that bend HTTP
 * itself (oversized, folded, duplicated or lying headers). None of them may be stored: a path
 * trick must not route around the signature, key or login check.
 */
final class TargetAttempts {

    private static final List<String> PATHS = List.of(Payloads.FACEBOOK, Payloads.ZALO, Payloads.DESK, Payloads.API,
            Payloads.BATCH);

    private TargetAttempts() {
    }

    static Attempt twisted(Hostile h) {
        String path = h.pick(PATHS);
        String target = twist(h, path);
        String method = h.chance(0.8) ? "POST" : h.pick("GET", "PUT", "DELETE", "PATCH", "FOO", "PROPFIND");
        List<Attempt.Header> headers = new ArrayList<>(Attempt.headers("Content-Type", Noise.jsonType(h)));
        if (path.equals(Payloads.DESK)) {
            headers.add(new Attempt.Header("Idempotency-Key", "fuzz-" + Long.toHexString(h.random().nextLong())));
        }
        String label = h.seed() + " " + method + " " + path + " twisted, no credentials";
        return new Attempt(label, method, target, Noise.around(h, headers), validBody(h, path));
    }

    /** A body that would be stored if it came with valid credentials. */
    static byte[] validBody(Hostile h, String path) {
        String id = "fuzz-" + Long.toHexString(h.random().nextLong());
        var tree = switch (path) {
            case Payloads.FACEBOOK -> Payloads.messenger(id, h.text(1, 100), System.currentTimeMillis());
            case Payloads.ZALO -> Payloads.zalo(id, h.text(1, 100), Long.toString(System.currentTimeMillis()));
            case Payloads.DESK -> Payloads.desk(h.text(1, 100), h.text(1, 20));
            case Payloads.BATCH -> Json.object("messages", Json.array(Payloads.api(id, h.text(1, 100))));
            default -> Payloads.api(id, h.text(1, 100));
        };
        return Json.write(tree).getBytes(StandardCharsets.UTF_8);
    }

    static String twist(Hostile h, String path) {
        String query = h.chance(0.4) ? "?" + query(h) : "";
        return switch (h.random().nextInt(14)) {
            case 0 -> path + h.pick("/", "//", "/.", "/..", "/./", "/../" + path.substring(1), "/%2e%2e/x", "/..%2f..%2f");
            case 1 -> path + h.pick(";", ";jsessionid=1", ";x=1/..", "%3b", "%00", "%2500", "%2F", "%5C", "\\", "%0d%0aX:1");
            case 2 -> path.toUpperCase(java.util.Locale.ROOT);
            case 3 -> path + h.pick(".json", ".xml", ".jsp", "~", "%20", "+", "#frag", "?", "&");
            case 4 -> "/x/.." + path;
            case 5 -> "/%2e%2e" + path;
            case 6 -> path.replace("/", h.pick("//", "/./", "%2f", "%2F"));
            case 7 -> path + "/" + "a".repeat(h.between(100, 7_000));
            case 8 -> path + "/" + encode(h.injection());
            case 9 -> path + "/" + h.pick("đường", "日本", "\u202E", "é") + query;
            case 10 -> "http://127.0.0.1" + path + query;
            case 11 -> h.pick("*", "/", "//" + path, path.substring(0, path.length() - 1));
            default -> path + "?" + query(h);
        };
    }

    private static String query(Hostile h) {
        List<String> pairs = new ArrayList<>();
        for (int i = h.between(1, 5); i > 0; i--) {
            String name = h.pick("hub.mode", "hub.verify_token", "hub.challenge", "messageId", "unitCode", "x", "_method",
                    "debug", "trace", "a[]", "%00", "");
            String value = h.chance(0.5) ? encode(h.injection()) : h.pick("subscribe", "true", "%", "%zz", "a".repeat(h.between(1, 3_000)));
            pairs.add(name + (h.chance(0.9) ? "=" + value : ""));
        }
        return String.join(h.pick("&", "&&", ";"), pairs);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The Facebook subscription handshake with hostile parameters, right or wrong token. */
    static Attempt handshake(Hostile h) {
        String mode = h.pick("subscribe", "subscribe", "unsubscribe", "", encode(h.injection()));
        String token = h.pick("meatyhamhock", "meatyhamhock", "MEATYHAMHOCK", "meatyhamhock%00", "", encode(h.injection()));
        String challenge = h.chance(0.3) ? Long.toString(h.random().nextLong() & Long.MAX_VALUE)
                : h.pick(encode(h.injection()), encode(h.text(1, 20)), "a".repeat(h.between(128, 3_000)),
                        "<script>alert(1)</script>", "%3Cscript%3E", "1%0d%0aSet-Cookie:%20a=b", "");
        List<String> params = new ArrayList<>(List.of("hub.mode=" + mode, "hub.verify_token=" + token, "hub.challenge=" + challenge));
        if (h.chance(0.2)) {
            params.add("hub.challenge=" + h.pick("1", encode(h.injection())));
        }
        if (h.chance(0.15)) {
            params.add(h.pick("x=%zz", "%=1", "y=%C3", "z=%FF%FE", "hub.mode=%", "a=%u0041", "%00=%00"));
        }
        java.util.Collections.shuffle(params, new java.util.Random(h.random().nextLong()));
        String target = Payloads.FACEBOOK + "?" + String.join("&", params);
        return Attempt.get(h.seed() + " fb handshake", target, Noise.around(h, List.of()));
    }

    /** Requests that bend HTTP/1.1 itself around a valid body without credentials. */
    static Attempt bentHttp(Hostile h) {
        String path = h.pick(PATHS);
        byte[] body = validBody(h, path);
        List<Attempt.Header> headers = new ArrayList<>(Attempt.headers("Content-Type", "application/json"));
        if (path.equals(Payloads.DESK)) {
            headers.add(new Attempt.Header("Idempotency-Key", "fuzz-" + Long.toHexString(h.random().nextLong())));
        }
        String what;
        switch (h.random().nextInt(9)) {
            case 0 -> {
                what = "header block above 8 KB";
                headers.add(new Attempt.Header("X-Big", "b".repeat(h.between(8_200, 20_000))));
            }
            case 1 -> {
                what = "two different Content-Length";
                headers.add(new Attempt.Header("Content-Length", Integer.toString(body.length)));
                headers.add(new Attempt.Header("Content-Length", Integer.toString(body.length + 1)));
            }
            case 2 -> {
                what = "Content-Length longer than the body";
                headers.add(new Attempt.Header("Content-Length", Integer.toString(body.length + h.between(1, 1_000))));
            }
            case 3 -> {
                what = "Content-Length shorter than the body";
                headers.add(new Attempt.Header("Content-Length", Integer.toString(h.between(0, body.length - 1))));
            }
            case 4 -> {
                what = "chunked with a bad chunk size";
                headers.add(new Attempt.Header("Transfer-Encoding", "chunked"));
                body = (h.pick("zz", "-1", "FFFFFFFFFFFFFFFFF", "") + "\r\n" + new String(body, StandardCharsets.UTF_8) + "\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                what = "chunked and Content-Length";
                headers.add(new Attempt.Header("Transfer-Encoding", "chunked"));
                headers.add(new Attempt.Header("Content-Length", Integer.toString(body.length)));
            }
            case 6 -> {
                what = "header name with bad characters";
                headers.add(new Attempt.Header(h.pick("X Bad", "X:Bad", "X\u0000", "Ä", "(x)", ""), "1"));
            }
            case 7 -> {
                what = "folded header line";
                headers.add(new Attempt.Header("X-Folded", "a\r\n b"));
            }
            default -> {
                what = "150 headers";
                for (int i = 0; i < 150; i++) {
                    headers.add(new Attempt.Header("X-H" + i, Integer.toString(i)));
                }
            }
        }
        return Attempt.post(h.seed() + " " + path + " " + what, path, body, headers);
    }

    /**
     * A transfer coding Tomcat does not implement: RFC 9112 (6.1) has the server answer 501 (or
     * 400 when chunked is not the final coding), the one 5xx a hostile request may get here.
     */
    static Attempt unknownCoding(Hostile h) {
        String path = h.pick(PATHS);
        String coding = h.pick("gzip, chunked", "identity", "xchunked", "compress", "chunked, gzip", "br");
        List<Attempt.Header> headers = Attempt.headers("Content-Type", "application/json", "Transfer-Encoding", coding);
        return Attempt.post(h.seed() + " " + path + " transfer coding " + coding, path, validBody(h, path), headers);
    }
}
