package vn.phananh.processor.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * MinHash signatures of shingle sets: for each of {@link #SIZE} hash functions the smallest hash of
 * any shingle. The share of positions where two signatures agree estimates the Jaccard similarity of
 * the two sets (standard error about 0.04 at 128 functions), in a fixed size whatever the text's length.
 */
public final class MinHash {

    public static final int SIZE = 128;

    private MinHash() {
    }

    public static int[] of(Set<String> shingles) {
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long base = fnv1a(shingle);
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(base + 0x9E3779B97F4A7C15L * (i + 1)) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity; 0 when either set was empty. */
    public static double similarity(int[] a, int[] b) {
        return similarityIfAtLeast(a, b, 0);
    }

    /**
     * {@link #similarity}, or -1 as soon as fewer than {@code atLeast} agreeing positions are still
     * possible (checked every 16 positions; never with {@code atLeast} 0 or less).
     */
    public static double similarityIfAtLeast(int[] a, int[] b, int atLeast) {
        if (a.length != b.length || a.length == 0 || a[0] == Integer.MAX_VALUE || b[0] == Integer.MAX_VALUE) {
            return atLeast <= 0 ? 0 : -1;
        }
        int same = 0;
        for (int block = 0; block < a.length; block += 16) {
            int end = Math.min(a.length, block + 16);
            for (int i = block; i < end; i++) {
                same += a[i] == b[i] ? 1 : 0;
            }
            if (same + (a.length - end) < atLeast) {
                return -1;
            }
        }
        return (double) same / a.length;
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: one good 64-bit hash per function from one base hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
