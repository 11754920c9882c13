package nianbao.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of digits whose cell separators were lost ("21710000218") into the n numbers of a
 * row, using only what is certain: no number has a leading zero, and where the template gives the
 * row a total, each group's last number is the sum of the others. Returns every reading that fits,
 * or none when there are too many to choose from: the caller uses one only when it is the only one
 * (or the only one the table's column sums allow).
 */
final class RunDecoder {
    /** More readings than this are as good as unknown; the search stops there. */
    static final int MAX_READINGS = 24;
    private static final int MAX_STEPS = 2_000_000;

    private final String digits;
    private final int n;
    private final int groupSize;
    private final List<long[]> readings = new ArrayList<>();
    private int steps;

    /**
     * @param groupSize 0 when the row has no total; else the row is made of groups of this size
     *                  whose last number is the sum of the others (7 for requests, 5 for appeals)
     */
    private RunDecoder(String digits, int n, int groupSize) {
        this.digits = digits;
        this.n = n;
        this.groupSize = groupSize;
    }

    static List<long[]> decode(String digits, int n, int groupSize) {
        if (digits.isEmpty() || digits.length() < n || digits.length() > n * 12) return List.of();
        RunDecoder d = new RunDecoder(digits, n, groupSize);
        d.search(0, new long[n], 0);
        return d.steps > MAX_STEPS || d.readings.size() >= MAX_READINGS ? List.of() : d.readings;
    }

    private void search(int pos, long[] parts, int k) {
        if (readings.size() >= MAX_READINGS || ++steps > MAX_STEPS) return;
        if (k == n) {
            if (pos == digits.length()) readings.add(parts.clone());
            return;
        }
        int left = n - k - 1; // numbers still to place after this one
        int maxLen = digits.length() - pos - left;
        for (int len = 1; len <= Math.min(maxLen, 12); len++) {
            if (len > 1 && digits.charAt(pos) == '0') break;
            parts[k] = Long.parseLong(digits.substring(pos, pos + len));
            if (groupSize > 0 && (k + 1) % groupSize == 0 && !groupHolds(parts, k)) continue;
            search(pos + len, parts, k + 1);
        }
    }

    private boolean groupHolds(long[] parts, int last) {
        long sum = 0;
        for (int i = last - groupSize + 1; i < last; i++) sum += parts[i];
        return sum == parts[last];
    }
}
