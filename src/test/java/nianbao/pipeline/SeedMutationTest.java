package nianbao.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nianbao.TestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One defect per rule injected into a real report (seed-mutations.yaml): the audit of the changed
 * report has that rule's finding, the untouched report has not. Skipped without ../shared/seeds.
 */
class SeedMutationTest {

    record Mutation(String rule, String seed, List<List<String>> replace, boolean regex, String append,
                    boolean binaryPrefix) {}

    @TestFactory
    List<DynamicTest> eachInjectedDefectIsFound() throws Exception {
        Path dir = TestSupport.SHARED.resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/seeds not present: seed mutations skipped");
        List<Mutation> mutations;
        try (InputStream in = getClass().getResourceAsStream("/seed-mutations.yaml")) {
            mutations = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
        }
        return mutations.stream().map(m -> DynamicTest.dynamicTest(m.rule() + " in " + m.seed(), () -> {
            String original = Files.readString(dir.resolve(m.seed()), StandardCharsets.UTF_8);
            assertFalse(TestSupport.ruleIds(TestSupport.audit(m.seed(), original)).contains(m.rule()),
                    m.rule() + " already fires on the untouched seed");
            byte[] changed = mutate(m, original);
            var result = TestSupport.audit(m.seed(), changed);
            assertTrue(TestSupport.ruleIds(result).contains(m.rule()),
                    m.rule() + " not found; got:\n" + String.join("\n", TestSupport.findingLines(result)));
        })).toList();
    }

    private static byte[] mutate(Mutation m, String text) {
        String s = text;
        if (m.replace() != null) {
            for (List<String> r : m.replace()) {
                String before = s;
                s = m.regex() ? s.replaceFirst(r.get(0), r.get(1))
                        : s.replaceFirst(Pattern.quote(r.get(0)), Matcher.quoteReplacement(r.get(1)));
                assertNotEquals(before, s, "replacement did not apply: " + r.get(0));
            }
        }
        if (m.append() != null) s = s + m.append();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (!m.binaryPrefix()) return bytes;
        byte[] out = new byte[bytes.length + 64];
        for (int i = 0; i < 64; i++) out[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i);
        System.arraycopy(bytes, 0, out, 64, bytes.length);
        return out;
    }
}
