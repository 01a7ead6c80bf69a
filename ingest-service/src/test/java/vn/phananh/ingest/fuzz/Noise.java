package vn.phananh.ingest.fuzz;

import java.util.ArrayList;
import java.util.List;

import vn.phananh.testsupport.hostile.Attempt;

/**
 * Header noise that never turns a refused request into an accepted one: extra headers with hostile
 * values, a large padding header, Accept headers asking for other formats, and Content-Type
 * spellings and charset parameters around {@code application/json}.
 */
final class Noise {

    private static final List<String> NAMES = List.of("X-Request-Id", "User-Agent", "Accept-Language", "Referer",
            "Origin", "Cookie", "X-Forwarded-For", "X-Forwarded-Proto", "Forwarded", "X-Original-URL",
            "X-Rewrite-URL", "X-HTTP-Method-Override", "Accept-Charset", "Content-Language", "If-None-Match",
            "X-Zalo-Timestamp", "X-Hub-Mode", "Range");
    private static final List<String> ACCEPT = List.of("application/xml", "text/html", "image/png", "*/*",
            "application/json", "application/problem+json", "text/plain;q=0.1, */*;q=0.01", "garbage", "");
    private static final List<String> JSON_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json;charset=UTF-8", "Application/JSON", "application/json; charset=\"utf-8\"",
            "application/json; charset=iso-8859-1", "application/json; charset=utf-16",
            "application/json; charset=x-unknown", "application/json; boundary=x; q=0.5", "application/json;;");

    private Noise() {
    }

    /** A Content-Type that still means JSON, spelled in one of the ways clients do. */
    static String jsonType(Hostile h) {
        return h.chance(0.6) ? "application/json" : h.pick(JSON_TYPES);
    }

    /** The headers with, sometimes, extra ones inserted at random places. */
    static List<Attempt.Header> around(Hostile h, List<Attempt.Header> headers) {
        List<Attempt.Header> out = new ArrayList<>(headers);
        if (h.chance(0.4)) {
            for (int i = h.between(1, 4); i > 0; i--) {
                out.add(h.random().nextInt(out.size() + 1), new Attempt.Header(h.pick(NAMES), h.headerValue()));
            }
        }
        if (h.chance(0.1)) {
            out.add(new Attempt.Header("X-Padding", "p".repeat(h.between(1_000, 6_000))));
        }
        if (h.chance(0.15)) {
            out.add(new Attempt.Header("Accept", h.pick(ACCEPT)));
        }
        return out;
    }
}
