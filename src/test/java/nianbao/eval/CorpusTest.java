package nianbao.eval;

import nianbao.TestSupport;
import nianbao.pipeline.AuditResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading accuracy on the real reports of ../shared/corpus against the hand-verified cells kept in
 * src/test/resources/golden/corpus-expected-cells.json: no cell may be silently wrong, and at least
 * 99.5% of all cells must be read. Also over the project's own fixtures (always present).
 */
class CorpusTest {

    private static List<CellScore> score(Path dir, Map<String, Map<String, Double>> expected) throws Exception {
        List<CellScore> scores = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : expected.entrySet()) {
            Path file;
            try (var s = Files.walk(dir)) {
                file = s.filter(p -> p.getFileName().toString().equals(e.getKey())).findFirst().orElse(null);
            }
            if (file == null) continue;
            AuditResult r = TestSupport.audit(file);
            scores.add(CellScore.of(e.getKey(), e.getValue(), r.cells()));
        }
        return scores;
    }

    private static void assertAccurate(List<CellScore> scores, double minimum) {
        int expected = 0, right = 0;
        List<String> silent = new ArrayList<>();
        for (CellScore s : scores) {
            expected += s.expected();
            right += s.right();
            s.silentlyWrong().forEach(w -> silent.add(s.file() + " " + w));
            s.unexpected().forEach(w -> silent.add(s.file() + " read but expected unknown: " + w));
        }
        assertEquals(List.of(), silent, "silently wrong cells");
        assertTrue(right >= minimum * expected, "cells right: " + right + "/" + expected);
    }

    @Test
    void realReportsAreReadWithoutASilentlyWrongCell() throws Exception {
        Path corpus = TestSupport.SHARED.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus not present: corpus accuracy skipped");
        Map<String, Map<String, Double>> expected = ExpectedCells.fromFile(Path.of("src/test/resources/golden/corpus-expected-cells.json"));
        List<CellScore> scores = score(corpus, expected);
        assertEquals(expected.size(), scores.size(), "corpus files found");
        assertAccurate(scores, 0.995);
    }

    @Test
    void fixturesInEveryFormatAreReadCellPerfect() throws Exception {
        List<CellScore> scores = score(Path.of("fixtures"), ExpectedCells.besideReports(Path.of("fixtures")));
        assertTrue(scores.size() >= 60, "fixtures scored: " + scores.size());
        assertAccurate(scores, 1.0);
    }
}
