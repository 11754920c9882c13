package nianbao.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.TestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five real reports of ../shared/seeds, cell by cell (1,000 cells), with the findings each
 * deserves (see the README). Skipped, with a notice, in a clone without ../shared.
 */
class SeedTest {

    @TestFactory
    List<DynamicTest> seedsAreReadCellByCell() throws Exception {
        Path dir = TestSupport.SHARED.resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/seeds not present: seed checks skipped");
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/seeds.expected.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        golden.fieldNames().forEachRemaining(name -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Path file = dir.resolve(name);
            ExpectedReport.check(name, golden.get(name), TestSupport.audit(file));
        })));
        return tests;
    }
}
