package vn.phananh.search.fuzz;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The seeds of a property's tries, one per try. The run's base seed is fixed (CI sees the same
 * cases every time) unless {@code -Dphananh.fuzz.seed} sets another; {@code -Dphananh.fuzz.scale}
 * multiplies the number of tries; {@code -Dphananh.fuzz.case=<seed>} replays one try.
 */
final class Tries {

    static final long DEFAULT_SEED = 0x5EED_2026_1127L;

    private Tries() {
    }

    static Stream<Hostile> of(String property, int tries) {
        String only = System.getProperty("phananh.fuzz.case");
        if (only != null && !only.isBlank()) {
            return Stream.of(new Hostile(Long.parseLong(only.trim())));
        }
        long base = Long.getLong("phananh.fuzz.seed", DEFAULT_SEED) ^ property.hashCode() * 0x9E3779B97F4A7C15L;
        double scale = Double.parseDouble(System.getProperty("phananh.fuzz.scale", "1"));
        SplittableRandom seeds = new SplittableRandom(base);
        return LongStream.generate(seeds::nextLong).limit(Math.max(1, Math.round(tries * scale))).mapToObj(Hostile::new);
    }
}
