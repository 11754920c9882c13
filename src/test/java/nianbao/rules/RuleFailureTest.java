package nianbao.rules;

import nianbao.TestSupport;
import nianbao.findings.Finding;
import nianbao.findings.Severity;
import nianbao.findings.Verdict;
import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule that fails at run time, or loops, costs only its own check, and says so. */
class RuleFailureTest {
    private static final Path FIXTURE = Path.of("fixtures", "defects", "multi-error.txt");

    @TempDir
    Path dir;

    private RuleBase rulesWith(String drl) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        Files.writeString(dir.resolve("zz-test.drl"), drl, StandardCharsets.UTF_8);
        return RuleBase.load(dir);
    }

    private static AuditResult audit(RuleBase rules) throws IOException {
        return new Auditor(rules).audit(InputFile.of("multi-error.txt", Files.readAllBytes(FIXTURE)));
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheOtherRulesStillFire() throws Exception {
        RuleBase rules = rulesWith("""
                package nianbao.rules.test;
                rule "a rule with a bug"
                    @id("BUGGY-RULE") @severity("ERROR") @source("test")
                    salience 1000
                when
                    $r : nianbao.facts.ReportFact()
                then
                    Object nothing = null;
                    nothing.toString();
                end
                """);
        AuditResult good = audit(TestSupport.rules());
        AuditResult withBug = audit(rules);
        TreeSet<String> want = TestSupport.ruleIds(good);
        want.add(RuleBase.RULE_FAILED);
        assertEquals(want, TestSupport.ruleIds(withBug), TestSupport.findingLines(withBug).toString());
        assertEquals(good.findings().size() + 1, withBug.findings().size());
        Finding failed = withBug.findings().stream().filter(f -> f.rule().equals(RuleBase.RULE_FAILED)).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, failed.severity());
        assertTrue(failed.message().startsWith("规则 BUGGY-RULE 执行出错"), failed.message());
        assertTrue(failed.message().contains("NullPointerException"), failed.message());
        assertEquals(Verdict.FAIL, withBug.verdict());
    }

    @Test
    void aRuleThatLoopsIsStoppedAndSaysSo() throws Exception {
        RuleBase rules = rulesWith("""
                package nianbao.rules.test;
                rule "a rule that loops"
                    @id("LOOPING-RULE") @severity("INFO") @source("test")
                when
                    $n : Long()
                then
                    delete($n);
                    insert(Long.valueOf($n.longValue() + 1));
                end
                rule "start the loop"
                    @id("LOOP-START") @severity("INFO") @source("test")
                when
                    nianbao.facts.ReportFact()
                then
                    insert(Long.valueOf(0));
                end
                """);
        long start = System.nanoTime();
        AuditResult r = audit(rules);
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
        List<Finding> failed = r.findings().stream().filter(f -> f.rule().equals(RuleBase.RULE_FAILED)).toList();
        assertEquals(1, failed.size(), TestSupport.findingLines(r).toString());
        assertTrue(failed.get(0).message().contains("LOOPING-RULE") && failed.get(0).message().contains("反复触发"), failed.get(0).message());
    }
}
