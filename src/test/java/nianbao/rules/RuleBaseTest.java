package nianbao.rules;

import nianbao.TestSupport;
import nianbao.findings.Severity;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What policy staff do to rules/: break a file, override a severity, disable a rule. */
class RuleBaseTest {
    private static final Path FIXTURE = Path.of("fixtures", "defects", "requests-column-balance.txt");

    @TempDir
    Path dir;

    private Path copyOfRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        return dir;
    }

    @Test
    void everyRuleDeclaresIdSeverityAndSource() {
        var rules = TestSupport.rules().rules();
        assertTrue(rules.size() >= 33, "rules: " + rules.size());
        rules.values().forEach(m -> {
            assertNotEquals(null, m.severity(), m.id());
            assertFalse(m.source().isEmpty(), m.id() + " has no @source");
        });
        assertTrue(rules.containsKey("REQUESTS-COLUMN-BALANCE"));
        assertTrue(rules.containsKey("DEADLINE-LOCAL"));
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws IOException {
        copyOfRules();
        Files.writeString(dir.resolve("broken.drl"), """
                package x;
                rule "BROKEN"
                when
                    Integer( > 3 )
                then
                end
                """, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("broken.drl:4:")), e.problems().toString());
    }

    @Test
    void aBrokenConfigIsReportedWithFileAndLine() throws IOException {
        copyOfRules();
        Files.writeString(dir.resolve("config.yaml"), "severity:\n  CELL-BLANK: INFO\ndeadlines: [oops\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir));
        assertTrue(e.problems().get(0).startsWith("config.yaml:"), e.problems().toString());
        Files.writeString(dir.resolve("config.yaml"), "severity:\n  CELL-BLANK: SEVERE\n");
        e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir));
        assertTrue(e.problems().get(0).contains("SEVERE"), e.problems().toString());
    }

    @Test
    void aSeverityOverrideAndADisabledRuleNeedNoDrlEdit() throws Exception {
        copyOfRules();
        String config = Files.readString(dir.resolve("config.yaml"))
                .replace("severity: {}", "severity:\n  REQUESTS-COLUMN-BALANCE: WARNING")
                .replace("disabled: []", "disabled: [APPEALS-REVIEW-SUM]");
        Files.writeString(dir.resolve("config.yaml"), config);
        RuleBase changed = RuleBase.load(dir);
        var result = new Auditor(changed).audit(InputFile.of("x.txt", Files.readAllBytes(FIXTURE)));
        assertTrue(result.findings().stream().allMatch(f -> !f.rule().equals("REQUESTS-COLUMN-BALANCE") || f.severity() == Severity.WARNING));
        assertEquals("REVIEW", result.verdict().code());
        var multi = new Auditor(changed).audit(InputFile.of("m.txt", Files.readAllBytes(Path.of("fixtures", "defects", "multi-error.txt"))));
        assertFalse(TestSupport.ruleIds(multi).contains("APPEALS-REVIEW-SUM"));
        assertNotEquals(TestSupport.rules().digest(), changed.digest());
    }

    @Test
    void aChangedDeadlineIsApplied() throws Exception {
        copyOfRules();
        Path fixture = Path.of("fixtures", "defects", "deadline-local.txt");
        Files.writeString(dir.resolve("config.yaml"), Files.readString(dir.resolve("config.yaml"))
                .replace("township: \"01-31\"", "township: \"02-28\""));
        var result = new Auditor(RuleBase.load(dir)).audit(InputFile.of("t.txt", Files.readAllBytes(fixture)));
        assertFalse(TestSupport.ruleIds(result).contains("DEADLINE-LOCAL"));
        assertTrue(TestSupport.ruleIds(TestSupport.audit(fixture)).contains("DEADLINE-LOCAL"));
    }
}
