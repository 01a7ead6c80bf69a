package vn.phananh.text;

/**
 * String distance for forgiving typing slips in names: insertions, deletions, substitutions and
 * swaps of two adjacent letters ("Dong Tein" for "Dong Tien") each count one edit.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * Whether a and b are exactly one edit apart ({@link #damerauLevenshtein} = 1), in one pass and
     * without a table: the question a typo check asks of every candidate name.
     */
    public static boolean isOneEdit(String a, String b) {
        if (a.length() < b.length()) {
            return isOneEdit(b, a);
        }
        if (a.length() - b.length() > 1) {
            return false;
        }
        int first = 0;
        while (first < b.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (a.length() > b.length()) {
            return a.regionMatches(first + 1, b, first, b.length() - first);
        }
        if (first == a.length()) {
            return false;
        }
        boolean swapped = first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
        return a.regionMatches(first + 1, b, first + 1, a.length() - first - 1)
                || swapped && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    /** The optimal string alignment (restricted Damerau–Levenshtein) distance between a and b. */
    public static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int x = 0; x <= a.length(); x++) {
            d[x][0] = x;
        }
        for (int y = 0; y <= b.length(); y++) {
            d[0][y] = y;
        }
        for (int x = 1; x <= a.length(); x++) {
            for (int y = 1; y <= b.length(); y++) {
                int cost = a.charAt(x - 1) == b.charAt(y - 1) ? 0 : 1;
                d[x][y] = Math.min(Math.min(d[x - 1][y] + 1, d[x][y - 1] + 1), d[x - 1][y - 1] + cost);
                if (x > 1 && y > 1 && a.charAt(x - 1) == b.charAt(y - 2) && a.charAt(x - 2) == b.charAt(y - 1)) {
                    d[x][y] = Math.min(d[x][y], d[x - 2][y - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
