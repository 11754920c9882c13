package nianbao.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.TestSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fixture of fixtures/ (synthetic reports in each rendering, clean or with a known defect)
 * against its *.expected.json: all 200 cells, metadata, the exact set of findings, the verdict.
 */
class FixtureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> expectations() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    @Test
    void thereAreFixturesOfEveryKind() throws IOException {
        List<Path> all = expectations();
        assertTrue(all.stream().filter(p -> p.startsWith(Path.of("fixtures", "samples"))).count() >= 4, "samples");
        assertTrue(all.stream().filter(p -> p.startsWith(Path.of("fixtures", "defects"))).count() >= 30, "defects");
        assertTrue(all.stream().filter(p -> p.startsWith(Path.of("fixtures", "renderings"))).count() >= 5, "renderings");
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureReadsAndAuditsAsExpected() throws IOException {
        return expectations().stream().map(exp -> DynamicTest.dynamicTest(exp.toString(), () -> {
            Path report = reportOf(exp);
            JsonNode expected = JSON.readTree(exp.toFile());
            ExpectedReport.check(report.toString(), expected, TestSupport.audit(report));
        }));
    }

    private static Path reportOf(Path expected) throws IOException {
        String base = expected.getFileName().toString().replace(".expected.json", "");
        try (Stream<Path> s = Files.list(expected.getParent())) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(base + ".") && !n.endsWith(".expected.json");
            }).findFirst().orElseThrow(() -> new IllegalStateException("no report for " + expected));
        }
    }
}
