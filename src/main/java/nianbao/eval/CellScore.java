package nianbao.eval;

import nianbao.parse.CellRead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How well one file's cells were read against the expected values: right, silently wrong (a number
 * other than the expected one — the failure that must never happen), not read (unknown, absent or
 * blank where a number was expected: reported, so not silent), and cells read that were expected
 * to be absent.
 */
public record CellScore(String file, int expected, int right, List<String> silentlyWrong,
                        List<String> notRead, List<String> unexpected) {

    /** @param expectedCells key → number, or null where the cell must not be read as a number */
    public static CellScore of(String file, Map<String, Double> expectedCells, Map<String, CellRead> cells) {
        int right = 0;
        int expected = 0;
        List<String> wrong = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Double> e : expectedCells.entrySet()) {
            CellRead c = cells == null ? null : cells.get(e.getKey());
            boolean number = c != null && c.state() == CellRead.State.NUMBER;
            if (e.getValue() == null) {
                if (number) unexpected.add(e.getKey() + "=" + c.raw());
                continue;
            }
            expected++;
            if (!number) notRead.add(e.getKey());
            else if (Math.abs(c.value() - e.getValue()) < 1e-9) right++;
            else wrong.add(e.getKey() + ": " + c.raw() + " ≠ " + plain(e.getValue()));
        }
        return new CellScore(file, expected, right, wrong, notRead, unexpected);
    }

    public double accuracy() {
        return expected == 0 ? 1.0 : (double) right / expected;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
