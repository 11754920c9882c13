package nianbao.pipeline;

import nianbao.TestSupport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The streamed batch (spooled results, cross index, second reading for priors) gives what the in-memory batch gives. */
class BatchAuditTest {

    static List<InputFile> files() throws IOException {
        List<InputFile> files = new ArrayList<>();
        String base = Files.readString(Path.of("fixtures/samples/tab-qingshan-forestry.txt"), StandardCharsets.UTF_8);
        files.add(InputFile.of("2023.txt", base.getBytes(StandardCharsets.UTF_8)));
        files.add(InputFile.of("water.txt", CrossReportsTest.otherAgency(base).getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> s = Files.list(Path.of("fixtures/defects"))) {
            for (Path p : s.filter(p -> !p.toString().endsWith(".json")).sorted().limit(12).toList()) {
                files.add(InputFile.onDisk(p.toString(), p));
            }
        }
        files.add(InputFile.of("2022.txt", CrossReportsTest.asYear(base, 2022).getBytes(StandardCharsets.UTF_8)));
        files.add(InputFile.of("broken.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "results kept in memory up to {0} reports")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, BatchAudit.IN_MEMORY_UP_TO})
    void theStreamedBatchGivesTheSameResultsAsTheBatchInMemory(int inMemoryUpTo) throws IOException {
        List<InputFile> files = files();
        Auditor auditor = new Auditor(TestSupport.rules());
        List<AuditResult> each = new ArrayList<>();
        for (InputFile f : files) each.add(auditor.audit(f));
        List<AuditResult> expected = CrossReports.run(TestSupport.rules(), each);

        List<AuditResult> streamed = new ArrayList<>();
        List<Integer> audited = new ArrayList<>(), changed = new ArrayList<>();
        new BatchAudit(auditor, TestSupport.rules(), 2, inMemoryUpTo).run(files, new BatchAudit.Progress() {
            @Override public void audited(int i, int n, AuditResult r) { audited.add(i); }
            @Override public void changed(int i, int n, AuditResult r) { changed.add(i); }
        }, streamed::add);

        assertEquals(expected.size(), streamed.size());
        for (int i = 0; i < expected.size(); i++) assertSameOutput(expected.get(i), streamed.get(i));
        assertEquals(java.util.stream.IntStream.range(0, files.size()).boxed().toList(), audited, "input order");
        // the prior-year pair (duplicate text, same data) and the copied agency texts
        assertTrue(changed.containsAll(List.of(0, 1, files.size() - 2)), changed::toString);
        assertTrue(expected.get(0).findings().stream().anyMatch(f -> f.rule().equals("XY-DUPLICATE-TEXT")));
    }

    @Test
    void aParkedResultComesBackAsItWent() throws IOException {
        Auditor auditor = new Auditor(TestSupport.rules());
        List<AuditResult> in = new ArrayList<>();
        for (InputFile f : files()) in.add(auditor.audit(f));
        List<AuditResult> many = new ArrayList<>(); // more than one chunk of those decoded together, the last one partly filled
        for (int k = 0; k < 10; k++) many.addAll(in);
        try (ResultSpool spool = new ResultSpool()) {
            for (AuditResult r : many) spool.add(r);
            Iterator<AuditResult> out = spool.read();
            for (AuditResult r : many) assertSameOutput(r, out.next());
            assertFalse(out.hasNext());
        }
    }

    @Test
    void minHashFindsTheCopiedPairsThatAllPairsFind() throws IOException {
        List<AuditResult> batch = new ArrayList<>();
        Auditor auditor = new Auditor(TestSupport.rules());
        for (InputFile f : files()) batch.add(auditor.audit(f));
        var settings = TestSupport.rules().config().settings();
        CrossIndex exact = new CrossIndex(settings), hashed = new CrossIndex(settings, 0);
        for (int i = 0; i < batch.size(); i++) {
            exact.add(i, batch.get(i), true);
            hashed.add(i, batch.get(i), true);
        }
        List<String> pairs = exact.similarPairs().stream().map(BatchAuditTest::describe).toList();
        assertFalse(pairs.isEmpty(), "the copied water.txt");
        assertEquals(pairs, hashed.similarPairs().stream().map(BatchAuditTest::describe).toList());
    }

    private static String describe(CrossIndex.Pair p) {
        return p.a().file() + "~" + p.b().file() + "§" + p.section() + "=" + p.ratio();
    }

    static void assertSameOutput(AuditResult expected, AuditResult actual) {
        assertEquals(expected.file(), actual.file());
        assertEquals(expected.sha256(), actual.sha256());
        assertEquals(expected.verdict(), actual.verdict(), expected.file());
        assertEquals(expected.meta(), actual.meta(), expected.file());
        assertEquals(expected.cells(), actual.cells(), expected.file());
        assertEquals(expected.findings(), actual.findings(), expected.file());
        assertEquals(expected.notAssessed(), actual.notAssessed(), expected.file());
    }
}
