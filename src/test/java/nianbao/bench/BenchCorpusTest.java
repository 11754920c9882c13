package nianbao.bench;

import nianbao.TestSupport;
import nianbao.findings.Verdict;
import nianbao.pipeline.AuditResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The benchmark's reports are distinct, clean and read as the report they were made from, in every format. */
class BenchCorpusTest {

    @Test
    void everyFormatGivesDistinctCleanReports(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("fixtures/samples"));
        Files.copy(Path.of("fixtures/samples/tab-qingshan-forestry.txt"), tmp.resolve("fixtures/samples/tab-qingshan-forestry.txt"));
        BenchCorpus corpus = new BenchCorpus(tmp);
        AuditResult original = TestSupport.audit(Path.of("fixtures/samples/tab-qingshan-forestry.txt"));
        for (String format : List.of("txt", "html", "docx", "pdf")) {
            Path dir = corpus.folder(format, 3);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith("." + format)).sorted().toList();
            }
            assertEquals(3, files.size(), format);
            Set<String> agencies = new HashSet<>();
            for (Path f : files) {
                AuditResult r = TestSupport.audit(f);
                assertEquals(Verdict.PASS, r.verdict(), () -> f + " " + TestSupport.findingLines(r));
                assertEquals(original.cells().size(), r.cells().size(), f.toString());
                original.cells().forEach((k, c) -> assertEquals(c.value(), r.cells().get(k).value(), f + " " + k));
                agencies.add(r.meta().agency());
            }
            assertEquals(3, agencies.size(), format + ": " + agencies);
        }
    }
}
