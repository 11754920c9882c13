package nianbao.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nianbao.yaml: the limits, each optional. */
class LimitsTest {
    @TempDir
    Path dir;

    @Test
    void noFileOrNoBlockGivesTheDefaults() throws Exception {
        assertEquals(Limits.DEFAULTS, Limits.load(dir));
        Files.writeString(dir.resolve("nianbao.yaml"), "# nothing yet\n");
        assertEquals(Limits.DEFAULTS, Limits.load(dir));
        Files.writeString(dir.resolve("nianbao.yaml"), "other: 1\n");
        assertEquals(Limits.DEFAULTS, Limits.load(dir));
    }

    @Test
    void givenLimitsReplaceTheDefaultsOneByOne() throws Exception {
        Path f = Files.writeString(dir.resolve("my.yaml"), """
                limits:
                  max-file-mb: 20
                  max-pdf-pages: 80
                  max-zip-expanded-mb: 300
                  max-zip-entries: 500
                  max-zip-depth: 2
                  max-seconds-per-file: 30
                """);
        Limits l = Limits.load(f);
        assertEquals(new Limits(20L << 20, 80, 300L << 20, 500, 2, Duration.ofSeconds(30)), l);
        Files.writeString(dir.resolve("nianbao.yaml"), "limits:\n  max-pdf-pages: 50\n");
        assertEquals(Limits.DEFAULTS.withMaxPdfPages(50), Limits.load(dir));
    }

    @Test
    void mistakesNameTheFileAndTheKey() throws Exception {
        Path f = dir.resolve("nianbao.yaml");
        Files.writeString(f, "limits:\n  max-file-size: 20\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.load(dir)).getMessage().contains("max-file-size"));
        Files.writeString(f, "limits:\n  max-pdf-pages: -3\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.load(dir)).getMessage().contains("max-pdf-pages"));
        Files.writeString(f, "limits:\n  max-pdf-pages: many\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.load(dir)).getMessage().contains("many"));
        Files.writeString(f, "limits: [oops\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Limits.load(dir)).getMessage().startsWith(f.toString() + ":"));
    }

    @Test
    void aPdfOverThePageLimitIsRefused() throws Exception {
        var a = new Auditor(nianbao.TestSupport.rules(), Limits.DEFAULTS.withMaxPdfPages(1));
        var r = a.audit(InputFile.of("p.pdf", Files.readAllBytes(Path.of("fixtures", "formats", "clean-department-pdf.pdf"))));
        assertEquals("INPUT-UNREADABLE", r.findings().get(0).rule());
        assertTrue(r.findings().get(0).message().contains("超过上限 1 页"), r.findings().get(0).message());
    }
}
