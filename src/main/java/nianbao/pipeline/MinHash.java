package nianbao.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Candidate pairs of similar texts in a large batch without comparing all with all: a MinHash
 * signature of {@value #BANDS} × {@value #ROWS} values per text, and two texts are candidates when
 * all values of one band agree. A pair whose 5-gram similarity is J becomes a candidate with
 * probability 1 − (1 − J³)⁴²: 0.9964 at 50 %, 1 − 10⁻⁸ at 70 %, 1 − 10⁻²⁴ at 90 % (the threshold of
 * COPY-CROSS-AGENCY); at 10 % only 4 % of pairs are candidates, and those whose signatures show
 * them far below the floor are dropped before their texts are compared. Deterministic: fixed seeds.
 */
final class MinHash {
    static final int BANDS = 42, ROWS = 3;
    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SEEDS.length; i++) SEEDS[i] = x = mix(x + i);
    }

    private MinHash() {}

    static int[] signature(int[] shingles) {
        int[] sig = new int[SEEDS.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int s : shingles) {
            for (int k = 0; k < SEEDS.length; k++) {
                int h = (int) mix(s ^ SEEDS[k]);
                if (h < sig[k]) sig[k] = h;
            }
        }
        return sig;
    }

    /**
     * Each candidate pair (i &lt; j, indexes into {@code signatures}) handed to {@code verify} once, and
     * what it answered (null: not kept), band by band in order: pairs that agree on a whole band,
     * counted at the first band they agree on, and whose signatures estimate a similarity of at least
     * {@code floor} − {@value #MARGIN} (3 standard deviations of the estimate at 50 %). The bands are
     * searched in parallel ({@code verify} must allow that); memory holds a band's buckets per thread,
     * never all the pairs.
     */
    static <T> List<T> candidates(List<int[]> signatures, double floor, BiFunction<Integer, Integer, T> verify) {
        return IntStream.range(0, BANDS).parallel()
                .mapToObj(band -> band(signatures, band, floor, verify))
                .flatMap(List::stream)
                .toList();
    }

    private static <T> List<T> band(List<int[]> signatures, int band, double floor, BiFunction<Integer, Integer, T> verify) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < signatures.size(); i++) {
            int[] sig = signatures.get(i);
            long key = 17;
            for (int r = 0; r < ROWS; r++) key = key * 1_000_003L + sig[band * ROWS + r];
            buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
        }
        List<T> out = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                int[] a = signatures.get(bucket.get(x));
                for (int y = x + 1; y < bucket.size(); y++) {
                    int[] b = signatures.get(bucket.get(y));
                    if (agreeBefore(a, b, band) || estimate(a, b) < floor - MARGIN) continue;
                    T kept = verify.apply(bucket.get(x), bucket.get(y));
                    if (kept != null) out.add(kept);
                }
            }
        }
        return out;
    }

    static final double MARGIN = 0.15;

    private static boolean agreeBefore(int[] a, int[] b, int band) {
        for (int earlier = 0; earlier < band; earlier++) {
            boolean same = true;
            for (int r = 0; r < ROWS && same; r++) same = a[earlier * ROWS + r] == b[earlier * ROWS + r];
            if (same) return true;
        }
        return false;
    }

    /** The share of equal values: an unbiased estimate of the similarity of the two texts. */
    private static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int k = 0; k < a.length; k++) if (a[k] == b[k]) same++;
        return (double) same / a.length;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
