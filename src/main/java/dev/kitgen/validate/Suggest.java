package dev.kitgen.validate;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the closest known word to a misspelt one, when it is close enough to be a typo. */
public final class Suggest {

    /**
     * Beyond these, no suggestion is looked for: each costs a distance per candidate, quadratic
     * in length, and a hostile kit could ask for thousands against thousands (minutes of CPU).
     */
    static final int MAX_CANDIDATES = 200;
    static final int MAX_WORD_LENGTH = 64;
    /** Most names a message lists; the rest are counted. */
    static final int MAX_LISTED = 10;

    public static Optional<String> closest(String word, Collection<String> known) {
        if (known.size() > MAX_CANDIDATES || word.length() > MAX_WORD_LENGTH) return Optional.empty();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.length() > MAX_WORD_LENGTH) continue;
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or nothing. */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** "a, b, c" or, for a long list, "a, b, … (250 in all)". */
    public static String list(Collection<String> names) {
        if (names.size() <= MAX_LISTED) return String.join(", ", names);
        return String.join(", ", names.stream().limit(MAX_LISTED).toList()) + ", … (" + names.size() + " in all)";
    }

    /** Optimal string alignment distance: Levenshtein plus swapping two neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private Suggest() {}
}
