package vn.phananh.ingest.fuzz;

import vn.phananh.testsupport.hostile.HostileInput;

/**
 * Hostile input for the ingest service's entrances: the shared generators, and values of the
 * wrong JSON type for each field the channel parsers read.
 */
final class Hostile extends HostileInput {

    Hostile(long seed) {
        super(seed);
    }

    /** A value of another JSON type than a string field holds, that a lenient binder cannot coerce. */
    Object notAString() {
        return pick(Json.object("a", 1), Json.array(1, 2), Json.array(), Json.object(), Json.array(text(1, 10)));
    }

    /** Not a string and not an integral number: what {@code JsonFields.text} refuses. */
    Object notAnId() {
        return pick(notAString(), true, false, 1.5, -0.25, new Json.Raw("1e3"));
    }

    Object notAnObject() {
        return pick(text(1, 20), 42, true, Json.array(), Json.array(Json.object()), new Json.Raw("-1.5e10"));
    }

    Object notAnArray() {
        return pick(text(1, 20), 7, false, Json.object(), Json.object("0", Json.object()));
    }

    /** Not a whole number in the range of a long: fractions, words, objects, numbers too big for a long. */
    Object notAWholeNumber() {
        return pick(notAString(), true, 1.5, "abc", "", "1e3", "0x10", new Json.Raw("1" + "0".repeat(between(20, 60))),
                new Json.Raw("-" + "9".repeat(between(20, 60))), "9223372036854775808");
    }

    /** Deeply nested arrays or objects, balanced, {@code depth} levels. */
    Json.Raw nesting(int depth) {
        boolean arrays = random().nextBoolean();
        String open = arrays ? "[" : "{\"n\":";
        String close = arrays ? "]" : "}";
        return new Json.Raw(open.repeat(depth) + (arrays ? "" : "1") + close.repeat(depth));
    }
}
