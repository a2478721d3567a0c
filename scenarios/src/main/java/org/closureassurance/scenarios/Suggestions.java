package org.closureassurance.scenarios;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the accepted word a user most likely meant, for "did you mean" hints: the nearest by
 * Levenshtein distance (ignoring case), if it is at most 2 edits away.
 */
final class Suggestions {
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /** The closest candidate within {@link #MAX_DISTANCE} edits of {@code word}, or null. */
    static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code (did you mean "x"?)} or, without a near candidate, {@code (expected one of: a, b)}. */
    static String hint(String word, Collection<String> candidates) {
        String near = nearest(word, candidates);
        if (near != null) {
            return "(did you mean \"" + near + "\"?)";
        }
        return "(expected one of: " + String.join(", ", candidates) + ")";
    }

    /** Levenshtein distance, or any value >= {@code limit} once it is certain to reach it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
