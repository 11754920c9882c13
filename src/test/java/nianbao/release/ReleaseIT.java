package nianbao.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release archive as an office gets it: unpacked under a path with spaces and Chinese
 * characters, run through its launcher from another directory, without the source tree.
 */
class ReleaseIT {
    @TempDir
    Path tmp;

    private static Path archive() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            return s.filter(p -> p.getFileName().toString().matches("nianbao-audit-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no release archive in target/: run mvn package"));
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) throw new IOException("entry outside the folder: " + e.getName());
                if (e.isDirectory()) Files.createDirectories(target);
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static int run(Path workDir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher timed out");
        System.out.println(out);
        return p.exitValue();
    }

    @Test
    void theUnpackedReleaseAuditsThroughItsLauncher() throws Exception {
        Path home = tmp.resolve("审查 工具 2024");
        unzip(archive(), home);
        Path app;
        try (Stream<Path> s = Files.list(home)) {
            app = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path launcher = app.resolve("nianbao");
        Path elsewhere = Files.createDirectories(tmp.resolve("其他 目录"));
        Path json = elsewhere.resolve("结果 1.json");
        Path xlsx = elsewhere.resolve("审查结果.xlsx");

        assertEquals(0, run(elsewhere, List.of("sh", launcher.toString(), "audit", app.resolve("samples").toString(),
                "--json", json.toString(), "--xlsx", xlsx.toString())));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.path("reports").size() >= 4);
        root.path("reports").forEach(r -> assertEquals("PASS", r.path("verdict").asText(), r.path("file").asText()));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(root.path("reports").size(), wb.getSheet("报告汇总").getLastRowNum());
        }
        assertEquals(0, run(elsewhere, List.of("sh", launcher.toString(), "audit")), "no path: the bundled samples");
        assertTrue(Files.exists(app.resolve(".nianbao").resolve("nianbao.log")), "log kept next to the release");
        assertTrue(Files.exists(app.resolve("使用说明.txt")));
        assertTrue(Files.exists(app.resolve("nianbao.cmd")));
    }
}
