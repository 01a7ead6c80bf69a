package vn.phananh.processor.cluster;

import java.time.Duration;

/**
 * When two feedback of one unit describe the same problem: both sent within {@code window} of each
 * other, not at two different places, and alike enough — the estimated Jaccard similarity of their
 * folded shingles, plus {@code samePlaceBonus} when both name the same place and {@code sameTopicBonus}
 * when both have the same topic, reaches {@code threshold}. The clusterer compares a new feedback
 * with at most {@code maxCandidates} of the unit's most recent ones.
 */
public record NearDuplicateRule(Duration window, double threshold, double samePlaceBonus, double sameTopicBonus,
        int maxCandidates) {

    public static NearDuplicateRule defaults() {
        // Chosen on the written set of NearDuplicatesQualityTest (figures in the README).
        return new NearDuplicateRule(Duration.ofDays(14), 0.40, 0.1, 0.1, 2000);
    }

    /** No two feedback are ever near-duplicates: for tests about everything else. */
    public static NearDuplicateRule off() {
        return new NearDuplicateRule(Duration.ofDays(14), Double.POSITIVE_INFINITY, 0, 0, 0);
    }

    /** How alike two feedback are, 0 when they cannot be the same problem (other places, too far apart). */
    public double score(Signature a, Signature b) {
        return scoreAtLeast(a, b, 0);
    }

    /**
     * {@link #score} when it can reach {@code floor}, else 0: the MinHash comparison stops as soon as
     * too few positions remain for the score to get there. Exact: any score at or above {@code floor}
     * is the one {@link #score} gives. The clusterer asks for at least the threshold (or its best so far).
     */
    public double scoreAtLeast(Signature a, Signature b, double floor) {
        if (a.placeId() != null && b.placeId() != null && !a.placeId().equals(b.placeId())) {
            return 0;
        }
        if (Math.abs(a.openedAt() - b.openedAt()) > window.toMillis()) {
            return 0;
        }
        boolean samePlace = a.placeId() != null && a.placeId().equals(b.placeId());
        boolean sameTopic = a.topic().equals(b.topic());
        double bonus = (samePlace ? samePlaceBonus : 0) + (sameTopic ? sameTopicBonus : 0);
        // One position fewer than the floor needs, so rounding can never prune a score that reaches it.
        int atLeast = (int) Math.floor((floor - bonus) * a.minHash().length) - 1;
        double similarity = MinHash.similarityIfAtLeast(a.minHash(), b.minHash(), atLeast);
        if (similarity < 0) {
            return 0;
        }
        double score = similarity;
        if (samePlace) {
            score += samePlaceBonus;
        }
        if (sameTopic) {
            score += sameTopicBonus;
        }
        return Math.min(1.0, score);
    }

    public boolean sameProblem(Signature a, Signature b) {
        return score(a, b) >= threshold;
    }
}
