package vn.phananh.processor.cluster;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The clusterer's pruned comparison gives every score that reaches its floor exactly as the full one. */
class NearDuplicateRuleTest {

    @Test
    void scoreAtLeastIsTheScoreWheneverTheScoreReachesTheFloor() {
        NearDuplicateRule rule = NearDuplicateRule.defaults();
        Random random = new Random(40);
        int pruned = 0;
        for (int pair = 0; pair < 20_000; pair++) {
            int[] a = new int[MinHash.SIZE];
            int[] b = new int[MinHash.SIZE];
            int agree = random.nextInt(MinHash.SIZE + 1);
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(1_000_000);
                b[i] = random.nextInt(MinHash.SIZE) < agree ? a[i] : a[i] + 1;
            }
            if (random.nextInt(50) == 0) {
                a[0] = Integer.MAX_VALUE;
            }
            String[] places = {null, "thon-1", "thon-2"};
            String[] topics = {"INFRASTRUCTURE", "ENVIRONMENT"};
            Signature x = new Signature("x", null, places[random.nextInt(3)], topics[random.nextInt(2)], 0, a);
            Signature y = new Signature("y", null, places[random.nextInt(3)], topics[random.nextInt(2)],
                    random.nextInt(10) == 0 ? rule.window().toMillis() + 1 : 1_000, b);
            double floor = random.nextDouble() * 1.1;
            double full = rule.score(x, y);
            double atLeast = rule.scoreAtLeast(x, y, floor);
            if (full >= floor) {
                assertThat(atLeast).as("pair %d at floor %f", pair, floor).isEqualTo(full);
            }
            else {
                assertThat(atLeast).isIn(0.0, full);
                pruned += atLeast == 0.0 && full > 0 ? 1 : 0;
            }
        }
        assertThat(pruned).as("comparisons cut short").isGreaterThan(1_000);
    }

    @Test
    void anAgreementExactlyAtTheThresholdIsKept() {
        NearDuplicateRule rule = NearDuplicateRule.defaults();
        int[] a = new int[MinHash.SIZE];
        int[] b = new int[MinHash.SIZE];
        for (int i = 0; i < a.length; i++) {
            a[i] = i + 1;
            b[i] = i < 64 ? i + 1 : -i;
        }
        // 64 of 128 agree: 0.5, with no bonus; a floor of 0.5 keeps it, one just above cuts it.
        Signature x = new Signature("x", null, "thon-1", "INFRASTRUCTURE", 0, a);
        Signature y = new Signature("y", null, "thon-2-khac", "ENVIRONMENT", 0, b);
        Signature z = new Signature("z", null, null, "ENVIRONMENT", 0, b);
        assertThat(rule.scoreAtLeast(x, y, 0.5)).isZero(); // another place: never the same problem
        assertThat(rule.scoreAtLeast(x, z, 0.5)).isEqualTo(0.5);
        assertThat(rule.scoreAtLeast(x, z, 0.5 + 1.0 / 64)).isIn(0.0, 0.5);
    }
}
