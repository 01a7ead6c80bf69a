package vn.phananh.testsupport.hostile;

import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The tries of a property, one seed each, named in the try's label so that one failing try is
 * replayed alone with {@code -Dphananh.fuzz.case=<seed>}. The run's base seed is fixed (CI sees
 * the same cases every time) unless {@code -Dphananh.fuzz.seed} sets another, and
 * {@code -Dphananh.fuzz.scale} multiplies the number of tries for a longer hunt.
 */
public final class Tries {

    static final long DEFAULT_SEED = 0x5EED_2026_1127L;

    /** {@code tries} tries of {@code property}, each made by {@code tryOf} from its seed. */
    public static <T> Stream<T> of(String property, int tries, LongFunction<T> tryOf) {
        String only = System.getProperty("phananh.fuzz.case");
        if (only != null && !only.isBlank()) {
            return Stream.of(tryOf.apply(Long.parseLong(only.trim())));
        }
        long base = Long.getLong("phananh.fuzz.seed", DEFAULT_SEED) ^ property.hashCode() * 0x9E3779B97F4A7C15L;
        double scale = Double.parseDouble(System.getProperty("phananh.fuzz.scale", "1"));
        SplittableRandom seeds = new SplittableRandom(base);
        return LongStream.generate(seeds::nextLong).limit(Math.max(1, Math.round(tries * scale))).mapToObj(tryOf);
    }

    private Tries() {
    }
}
