package nianbao.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A large batch started with C1 only is handed to a JVM with C2: the same program and arguments, the other options kept. */
class JitChoiceTest {

    @Test
    void theLargeBatchIsStartedAgainWithoutC1OnlyAndWithoutDumpingAnArchive() {
        List<String> cmd = JitChoice.command("/jdk/bin/java",
                List.of("-Xss8m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=/x/app.jsa",
                        "-XX:SharedArchiveFile=/x/old.jsa", "-Dnianbao.home=/opt/年报 审查"),
                "/opt/年报 审查/nianbao-audit.jar", List.of("audit", "县里 2023/", "--xlsx", "审查.xlsx"));
        assertEquals(List.of("/jdk/bin/java", "-Xss8m", "-XX:+UseParallelGC", "-XX:SharedArchiveFile=/x/old.jsa",
                "-Dnianbao.home=/opt/年报 审查", "-Dnianbao.relaunched=true", "-cp", "/opt/年报 审查/nianbao-audit.jar",
                "nianbao.cli.Main", "audit", "县里 2023/", "--xlsx", "审查.xlsx"), cmd);
    }

    @Test
    void onlyALargeBatchInAJvmWithC1OnlyIsHandedOverAndOnlyOnce() {
        List<String> c1 = List.of("-Xss8m", JitChoice.C1_ONLY), c2 = List.of("-Xss8m");
        assertFalse(JitChoice.wantsC2(JitChoice.C2_FROM - 1, c1, false), "a county's batch stays with C1");
        assertTrue(JitChoice.wantsC2(JitChoice.C2_FROM, c1, false));
        assertFalse(JitChoice.wantsC2(JitChoice.C2_FROM * 10, c2, false), "a JVM with C2 keeps its batch");
        assertFalse(JitChoice.wantsC2(JitChoice.C2_FROM * 10, c1, true), "the JVM started for it never starts another");
    }
}
