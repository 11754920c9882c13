package nianbao.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import nianbao.TestSupport;
import nianbao.extract.Document;
import nianbao.extract.Extractor;
import nianbao.extract.Extractors;
import nianbao.extract.InputProblem;
import nianbao.findings.Finding;
import nianbao.findings.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A catalogue of hostile and broken inputs: each gets a result with the right finding and verdict,
 * and none stops a batch. Large inputs are generated here, into a temporary folder.
 */
@Timeout(60)
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("fixtures", "samples", "tab-qingshan-forestry.txt");
    private static final Path HTML = Path.of("fixtures", "formats", "clean-department-html.html");
    private static final Path DOC = Path.of("fixtures", "formats", "clean-department-doc.doc");
    private static final Path DOCX = Path.of("fixtures", "formats", "clean-department-docx.docx");
    private static final Path PDF = Path.of("fixtures", "formats", "clean-department-pdf.pdf");

    private static Auditor auditor;

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() {
        auditor = new Auditor(TestSupport.rules());
    }

    // ---- single files -------------------------------------------------------------------------

    @Test
    void anEmptyFileIsUnreadable() throws IOException {
        for (String name : List.of("empty.txt", "empty.pdf", "empty.docx", "empty.html")) {
            AuditResult r = auditDisk(write(name, new byte[0]));
            unreadable(r, "INPUT-UNREADABLE", "为空");
        }
    }

    @Test
    void randomBytesUnderAReportNameAreUnreadable() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        for (String name : List.of("noise.pdf", "noise.docx", "noise.html", "noise.doc")) {
            AuditResult r = auditDisk(write(name, noise));
            unreadable(r, "INPUT-UNREADABLE", "不是文本");
        }
    }

    @Test
    void aTruncatedPdfIsUnreadableWherever_itIsCut() throws IOException {
        byte[] pdf = Files.readAllBytes(PDF);
        for (int cut : new int[]{5, 100, pdf.length / 10, pdf.length / 2, pdf.length - 1000}) {
            AuditResult r = auditDisk(write("cut-" + cut + ".pdf", Arrays.copyOf(pdf, cut)));
            // a result for every cut: either unreadable, or (PDFBox recovers some) read without crashing
            assertNotNull(r.verdict(), "cut " + cut);
            if (r.verdict() == Verdict.NOT_ASSESSABLE) {
                assertEquals(1, r.findings().size(), r.findings().toString());
                assertTrue(r.findings().get(0).rule().startsWith("INPUT-"), r.findings().toString());
                assertFalse(r.findings().get(0).message().contains("程序出错"), "cut " + cut + ": " + r.findings());
            }
        }
        unreadable(auditDisk(write("half.pdf", Arrays.copyOf(pdf, pdf.length / 2))), "INPUT-UNREADABLE", "PDF");
    }

    @Test
    void wordFilesAreReadByContentNotByName() throws IOException {
        AuditResult docAsDocx = auditDisk(copy(DOC, "report-really-doc.docx"));
        AuditResult docxAsDoc = auditDisk(copy(DOCX, "report-really-docx.doc"));
        ExpectedReport.check("doc as docx", expected(DOC), docAsDocx);
        ExpectedReport.check("docx as doc", expected(DOCX), docxAsDoc);
    }

    @Test
    void gbkBig5AndUtf16TextAreDecoded() throws IOException {
        String text = Files.readString(SAMPLE);
        JsonNode want = expected(SAMPLE);
        Map<String, byte[]> encodings = Map.of(
                "gbk.txt", text.getBytes(Charset.forName("GBK")),
                "utf16le.txt", text.getBytes(StandardCharsets.UTF_16LE),
                "utf16be.txt", text.getBytes(StandardCharsets.UTF_16BE),
                "utf16bom.txt", text.getBytes(StandardCharsets.UTF_16));
        for (var e : encodings.entrySet()) ExpectedReport.check(e.getKey(), want, auditDisk(write(e.getKey(), e.getValue())));
        // Big5 holds traditional characters only: the report as a Taiwanese or Hong Kong site would serve it
        String traditional = ZhConverterUtil.toTraditional(text)
                .replace('爲', '為').replace('羣', '群').replace('衆', '眾'); // OpenCC's variants that Big5 lacks
        Charset big5 = Charset.forName("Big5");
        assertTrue(big5.newEncoder().canEncode(traditional), "sample must be encodable in Big5");
        AuditResult r = auditDisk(write("big5.txt", traditional.getBytes(big5)));
        assertEquals(Verdict.PASS, r.verdict(), TestSupport.findingLines(r).toString());
        assertEquals(cellsOf(auditDisk(SAMPLE)), cellsOf(r));
    }

    @Test
    void aFileOverTheSizeLimitIsNeverRead() throws IOException {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(500L << 20); // sparse: no disk, no time
        }
        List<InputFile> files = InputFiles.withDefaults().expand(List.of(big));
        assertEquals(1, files.size());
        assertNotNull(files.get(0).problem(), "refused before reading");
        unreadable(auditor.audit(files.get(0)), "INPUT-UNREADABLE", "文件过大");
        // a file that grows past the limit after the folder was walked is still not read whole
        Path grows = write("grows.txt", "x".getBytes(StandardCharsets.UTF_8));
        InputFile lazy = new InputFiles(Limits.DEFAULTS.withMaxFileBytes(1 << 20)).expand(List.of(grows)).get(0);
        try (RandomAccessFile f = new RandomAccessFile(grows.toFile(), "rw")) {
            f.setLength(400L << 20);
        }
        unreadable(new Auditor(TestSupport.rules(), Limits.DEFAULTS.withMaxFileBytes(1 << 20)).audit(lazy), "INPUT-UNREADABLE", "文件过大");
    }

    @Test
    void htmlNestedTenThousandLevelsDeepIsStillRead() throws IOException {
        String page = Files.readString(HTML);
        String deep = page.replace("<body>", "<body>" + "<div>".repeat(10_000))
                .replace("</body>", "</div>".repeat(10_000) + "</body>");
        ExpectedReport.check("deep html", expected(HTML), auditDisk(write("deep.html", deep.getBytes(StandardCharsets.UTF_8))));
        // and nesting with no end at all: a result, never a crash of the batch
        String abyss = "<html><body>" + "<div><span><b>".repeat(20_000) + "政府信息公开" + "</body></html>";
        AuditResult r = auditDisk(write("abyss.html", abyss.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Verdict.NOT_ASSESSABLE, r.verdict());
        assertTrue(r.findings().get(0).rule().startsWith("INPUT-"), r.findings().toString());
    }

    @Test
    void aReportWithAThousandTablesIsAuditedAsTheReport() throws IOException {
        String page = Files.readString(HTML);
        StringBuilder extra = new StringBuilder("<h3>附表</h3>");
        for (int i = 0; i < 1000; i++) {
            extra.append("<table><tr><td>附表").append(i).append("</td><td>项目</td></tr><tr><td>数量</td><td>")
                    .append(i).append("</td></tr></table>");
        }
        String many = page.replace("</body>", extra + "</body>");
        long start = System.nanoTime();
        AuditResult r = auditDisk(write("many-tables.html", many.getBytes(StandardCharsets.UTF_8)));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "a thousand tables took over 20 s");
        JsonNode want = expected(HTML);
        assertEquals(want.path("verdict").asText(), r.verdict().code(), TestSupport.findingLines(r).toString());
        assertEquals(cellsOf(auditDisk(HTML)), cellsOf(r));
    }

    @Test
    void aNewsArticleIsSaidNotToBeAnAnnualReport() throws IOException {
        String news = """
                我市召开2023年政务公开工作推进会

                本报讯（记者 王明）3月15日上午，市政府办公室召开全市政务公开工作推进会。会议总结了去年以来政务公开工作取得的成效，
                部署了今年的重点任务。会议指出，各地各部门要坚持以公开为常态、不公开为例外，进一步提升政府信息公开质量。

                会议要求，要聚焦群众关切，做好重点领域信息公开；要规范依申请公开办理，依法依规答复；要加强政府网站和政务新媒体管理。
                市直各部门、各区县政府分管负责同志参加会议。
                """;
        AuditResult r = auditDisk(write("news.txt", news.getBytes(StandardCharsets.UTF_8)));
        unreadable(r, "INPUT-UNREADABLE", "不是政府信息公开工作年度报告");
        assertTrue(r.findings().get(0).message().contains("请确认"), "says what to do");
        // the same in a web page
        String html = "<html><head><title>推进会</title></head><body><article><h1>我市召开政务公开工作推进会</h1><p>"
                + news.replace("\n", "</p><p>") + "</p></article></body></html>";
        unreadable(auditDisk(write("news.html", html.getBytes(StandardCharsets.UTF_8))), "INPUT-UNREADABLE", "不是政府信息公开工作年度报告");
    }

    // ---- zips ---------------------------------------------------------------------------------

    @Test
    void zipSlipNamesAreAuditedUnderASafeNameAndNothingIsWritten() throws IOException {
        byte[] report = Files.readAllBytes(SAMPLE);
        Path zip = zip("slip.zip", Map.of(
                "../../escape.txt", report,
                "/etc/absolute.txt", report,
                "C:\\Windows\\drive.txt", report,
                "ok/./../normal.txt", report));
        List<String> before = listing(dir);
        List<InputFile> listed;
        try (InputFiles files = new InputFiles(Limits.DEFAULTS)) {
            listed = files.expand(List.of(zip));
        }
        assertTrue(listed.stream().allMatch(f -> f.zipEntry() != null), "entries read again from the zip when audited (opened again after close)");
        List<AuditResult> results = auditAll(listed);
        assertEquals(4, results.size());
        for (AuditResult r : results) {
            assertFalse(r.file().contains(".."), r.file());
            assertFalse(r.file().contains("!//"), r.file());
            assertFalse(r.file().contains("\\"), r.file());
            assertFalse(r.file().contains(":\\") || r.file().matches(".*!/[A-Za-z]:.*"), r.file());
            ExpectedReport.check(r.file(), expected(SAMPLE), r);
        }
        assertTrue(names(results).contains(zip + "!/escape.txt"), names(results).toString());
        assertTrue(names(results).contains(zip + "!/etc/absolute.txt"), names(results).toString());
        assertTrue(names(results).contains(zip + "!/Windows/drive.txt"), names(results).toString());
        assertEquals(before, listing(dir), "nothing written to disk");
        assertFalse(Files.exists(dir.getParent().resolve("escape.txt")) || Files.exists(dir.getParent().getParent().resolve("escape.txt")));
    }

    @Test
    void aZipBombStopsAtTheExpandedSizeLimitKeepingWhatWasRead() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.setLevel(Deflater.BEST_SPEED);
            z.putNextEntry(new ZipEntry("good.txt"));
            z.write(Files.readAllBytes(SAMPLE));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.putNextEntry(new ZipEntry("zeros-" + i + ".txt"));
                for (int mb = 0; mb < 256; mb++) z.write(zeros); // 8 × 256 MB = 2 GB of zeros
            }
        }
        assertTrue(Files.size(bomb) < 20L << 20, "the bomb is small on disk: " + Files.size(bomb));
        Limits limits = Limits.DEFAULTS.withMaxFileBytes(8 << 20).withMaxZipExpandedBytes(200L << 20);
        List<InputFile> files = new InputFiles(limits).expand(List.of(bomb));
        ExpectedReport.check("good.txt", expected(SAMPLE), auditor.audit(files.get(0)));
        InputFile last = files.get(files.size() - 1);
        assertEquals(bomb.toString(), last.name());
        assertTrue(last.problem().contains("压缩炸弹"), last.problem());
        unreadable(auditor.audit(last), "INPUT-UNREADABLE", "压缩炸弹");
        // with the default limits too: stops at 1 GB, holding at most one entry's 100 MB
        List<InputFile> byDefault = InputFiles.withDefaults().expand(List.of(bomb));
        assertEquals("good.txt", byDefault.get(0).name().substring(bomb.toString().length() + 2));
        assertTrue(byDefault.get(byDefault.size() - 1).problem().contains("压缩炸弹"), byDefault.toString());
    }

    @Test
    void zipsInsideZipsAreReadUpToTheDepthLimit() throws IOException {
        byte[] report = Files.readAllBytes(SAMPLE);
        byte[] level4 = zipBytes(Map.of("d4.txt", report));
        byte[] level3 = zipBytes(Map.of("d3.txt", report, "level4.zip", level4));
        byte[] level2 = zipBytes(Map.of("d2.txt", report, "level3.zip", level3));
        Path outer = zip("outer.zip", Map.of("d1.txt", report, "level2.zip", level2));
        List<InputFile> files = new InputFiles(Limits.DEFAULTS.withMaxZipDepth(3)).expand(List.of(outer));
        Map<String, InputFile> byName = files.stream().collect(Collectors.toMap(InputFile::name, Function.identity()));
        String o = outer + "!/";
        assertTrue(byName.containsKey(o + "d1.txt"), byName.keySet().toString());
        assertTrue(byName.containsKey(o + "level2.zip!/d2.txt"), byName.keySet().toString());
        assertTrue(byName.containsKey(o + "level2.zip!/level3.zip!/d3.txt"), byName.keySet().toString());
        InputFile tooDeep = byName.get(o + "level2.zip!/level3.zip!/level4.zip");
        assertNotNull(tooDeep, byName.keySet().toString());
        assertTrue(tooDeep.problem().contains("嵌套层数"), tooDeep.problem());
        for (AuditResult r : auditAll(files)) {
            if (r.file().endsWith(".txt")) ExpectedReport.check(r.file(), expected(SAMPLE), r);
            else unreadable(r, "INPUT-UNREADABLE", "嵌套层数");
        }
    }

    @Test
    void emptyFakeAndBrokenZipsEachGetAResult() throws IOException {
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.finish();
        }
        unreadable(auditor.audit(single(empty)), "INPUT-UNREADABLE", "压缩包是空的");
        unreadable(auditor.audit(single(write("zero.zip", new byte[0]))), "INPUT-UNREADABLE", "压缩包是空的");
        unreadable(auditor.audit(single(write("rar.zip", "Rar!\u001a\u0007\u0000junk".getBytes(StandardCharsets.ISO_8859_1)))),
                "INPUT-UNREADABLE", "不是 zip");
        unreadable(auditor.audit(single(zip("pictures.zip", Map.of("a.png", new byte[100], "notes.xlsx", new byte[10])))),
                "INPUT-UNREADABLE", "没有可审查的报告");
        byte[] whole = zipBytes(Map.of("a.txt", Files.readAllBytes(SAMPLE), "b.txt", Files.readAllBytes(SAMPLE)));
        List<InputFile> cut = new InputFiles(Limits.DEFAULTS).expand(List.of(write("cut.zip", Arrays.copyOf(whole, whole.length - 200))));
        assertFalse(cut.isEmpty());
        for (AuditResult r : auditAll(cut)) assertNotNull(r.verdict());
    }

    @Test
    void tooManyEntriesStopAtTheEntryLimit() throws IOException {
        Map<String, byte[]> many = new java.util.TreeMap<>();
        for (int i = 0; i < 50; i++) many.put(String.format("r%02d.txt", i), ("报告 " + i).getBytes(StandardCharsets.UTF_8));
        List<InputFile> files = new InputFiles(Limits.DEFAULTS.withMaxZipEntries(10)).expand(List.of(zip("many.zip", many)));
        assertEquals(11, files.size(), files.stream().map(InputFile::name).toList().toString());
        assertTrue(files.get(10).problem().contains("文件数超过上限"), files.get(10).problem());
    }

    @Test
    void zipEntryNamesInGbkAreRead() throws IOException {
        Path zip = dir.resolve("gbk-names.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip), Charset.forName("GBK"))) {
            z.putNextEntry(new ZipEntry("青山市林业局年报.txt"));
            z.write(Files.readAllBytes(SAMPLE));
        }
        List<InputFile> files = InputFiles.withDefaults().expand(List.of(zip));
        assertEquals(List.of(zip + "!/青山市林业局年报.txt"), files.stream().map(InputFile::name).toList());
        assertNotNull(files.get(0).zipEntry(), "read again from the zip when audited, not held in memory");
        ExpectedReport.check("gbk name", expected(SAMPLE), auditor.audit(files.get(0)));
    }

    // ---- failures of the program itself --------------------------------------------------------

    @Test
    void aReaderThatHangsIsAbandonedAndTheBatchGoesOn() throws IOException {
        Limits quick = Limits.DEFAULTS.withMaxTimePerFile(Duration.ofMillis(1500));
        Auditor a = new Auditor(TestSupport.rules(), quick, () -> new Extractors(List.of(new Nasty(), standardText())));
        long start = System.nanoTime();
        AuditResult hung = a.audit(InputFile.of("hang.txt", "HANG".getBytes(StandardCharsets.UTF_8)));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "not abandoned in time");
        unreadable(hung, "INPUT-UNREADABLE", "审查超时");
        assertTrue(hung.findings().get(0).message().contains("1.5 秒"), hung.findings().get(0).message());
        AuditResult next = a.audit(InputFile.of("good.txt", bytes(SAMPLE)));
        ExpectedReport.check("after a hang", expected(SAMPLE), next);
        // the text shown of a stored original is read within the same limit
        start = System.nanoTime();
        assertNull(a.read(InputFile.of("hang.txt", "HANG".getBytes(StandardCharsets.UTF_8))));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "reading not abandoned in time");
        assertFalse(a.read(InputFile.of("good.txt", bytes(SAMPLE))).lines().isEmpty());
    }

    @Test
    void stackOverflowAndOutOfMemoryBecomeTheFilesFinding() throws IOException {
        Auditor a = new Auditor(TestSupport.rules(), Limits.DEFAULTS, () -> new Extractors(List.of(new Nasty(), standardText())));
        unreadable(a.audit(InputFile.of("deep.txt", "DEEP".getBytes(StandardCharsets.UTF_8))), "INPUT-UNREADABLE", "嵌套过深");
        unreadable(a.audit(InputFile.of("huge.txt", "HUGE".getBytes(StandardCharsets.UTF_8))), "INPUT-UNREADABLE", "内存不足");
        AuditResult npe = a.audit(InputFile.of("npe.txt", "NPE".getBytes(StandardCharsets.UTF_8)));
        unreadable(npe, "INPUT-UNREADABLE", "程序出错");
        assertFalse(npe.findings().get(0).message().contains("at nianbao"), "no stack trace to the user");
        ExpectedReport.check("after crashes", expected(SAMPLE), a.audit(InputFile.of("good.txt", bytes(SAMPLE))));
    }

    // ---- a batch ------------------------------------------------------------------------------

    @Test
    void aBatchMixingBadAndGoodFilesAuditsTheGoodOnesCorrectly() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("fixtures", "samples"))) {
            samples = s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : samples) Files.copy(p, batch.resolve(p.getFileName()));
        Files.write(batch.resolve("a-empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(batch.resolve("b-noise.pdf"), noise);
        Files.write(batch.resolve("c-cut.pdf"), Arrays.copyOf(bytes(PDF), 3000));
        try (RandomAccessFile f = new RandomAccessFile(batch.resolve("d-huge.docx").toFile(), "rw")) {
            f.setLength(500L << 20);
        }
        Files.writeString(batch.resolve("e-news.txt"), "本报讯 今天天气晴朗，市民纷纷外出踏青。公园里游人如织。");
        Files.write(batch.resolve("f-deep.html"), ("<html><body>" + "<div>".repeat(20_000) + "x</body></html>").getBytes(StandardCharsets.UTF_8));
        try (OutputStream o = Files.newOutputStream(batch.resolve("g-mixed.zip"))) {
            o.write(zipBytes(Map.of("../inner-good.txt", bytes(SAMPLE), "inner-empty.txt", new byte[0])));
        }
        List<InputFile> files = InputFiles.withDefaults().expand(List.of(batch));
        List<AuditResult> results = auditAll(files);
        assertEquals(files.size(), results.size());
        assertEquals(samples.size() + 8, results.size(), names(results).toString());
        for (Path p : samples) {
            AuditResult r = results.stream().filter(x -> x.file().equals(batch.resolve(p.getFileName()).toString())).findFirst().orElseThrow();
            ExpectedReport.check(p.toString(), expected(p), r);
        }
        AuditResult inner = results.stream().filter(r -> r.file().endsWith("!/inner-good.txt")).findFirst().orElseThrow();
        ExpectedReport.check("zip entry", expected(SAMPLE), inner);
        for (AuditResult r : results) {
            String base = r.file().substring(r.file().lastIndexOf('/') + 1);
            if (base.matches("[a-f]-.*|inner-empty.txt")) {
                assertEquals(Verdict.NOT_ASSESSABLE, r.verdict(), r.file() + ": " + TestSupport.findingLines(r));
                assertTrue(r.findings().stream().allMatch(f -> f.rule().startsWith("INPUT-")), r.file() + ": " + r.findings());
                assertFalse(r.findings().stream().anyMatch(f -> f.message().contains("程序出错")), r.file() + ": " + TestSupport.findingLines(r));
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A reader that misbehaves on demand: hangs (ignoring interrupts), overflows its stack, runs out of memory, or throws. */
    private static final class Nasty implements Extractor {
        @Override
        public boolean accepts(byte[] bytes, String fileName) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.equals("HANG") || s.equals("DEEP") || s.equals("HUGE") || s.equals("NPE");
        }

        @Override
        public Document extract(byte[] bytes, String fileName) {
            switch (new String(bytes, StandardCharsets.UTF_8)) {
                case "HANG" -> {
                    long until = System.nanoTime() + 20_000_000_000L; // ignores interrupts, like a runaway regex
                    while (System.nanoTime() < until) Thread.onSpinWait();
                    return null;
                }
                case "DEEP" -> { return recurse(0); }
                case "HUGE" -> { long[] all = new long[Integer.MAX_VALUE - 16]; return all.length > 0 ? null : null; }
                default -> throw new NullPointerException("bug");
            }
        }

        private static Document recurse(int depth) {
            return depth < 0 ? null : recurse(depth + 1);
        }
    }

    private static Extractor standardText() {
        return new Extractor() {
            final Extractors std = Extractors.standard();

            @Override
            public boolean accepts(byte[] bytes, String fileName) { return true; }

            @Override
            public Document extract(byte[] bytes, String fileName) throws InputProblem { return std.extract(bytes, fileName); }
        };
    }

    private static void unreadable(AuditResult r, String rule, String says) {
        List<String> lines = TestSupport.findingLines(r);
        assertEquals(Verdict.NOT_ASSESSABLE, r.verdict(), r.file() + ": " + lines);
        assertEquals(1, r.findings().size(), r.file() + ": " + lines);
        Finding f = r.findings().get(0);
        assertEquals(rule, f.rule(), r.file() + ": " + lines);
        assertTrue(f.message().contains(says), r.file() + ": expected '" + says + "' in " + f.message());
        assertTrue(f.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "a Chinese message: " + f.message());
    }

    private AuditResult auditDisk(Path file) {
        List<InputFile> files = InputFiles.withDefaults().expand(List.of(file));
        assertEquals(1, files.size(), files.toString());
        return auditor.audit(files.get(0));
    }

    private static InputFile single(Path file) {
        List<InputFile> files = InputFiles.withDefaults().expand(List.of(file));
        assertEquals(1, files.size(), files.toString());
        return files.get(0);
    }

    private static List<AuditResult> auditAll(List<InputFile> files) {
        List<AuditResult> out = new ArrayList<>();
        for (InputFile f : files) out.add(auditor.audit(f));
        return out;
    }

    private static List<String> names(List<AuditResult> results) {
        return results.stream().map(AuditResult::file).toList();
    }

    private static Map<String, Double> cellsOf(AuditResult r) {
        Map<String, Double> out = new java.util.TreeMap<>();
        if (r.cells() != null) r.cells().forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    private static JsonNode expected(Path report) throws IOException {
        String n = report.getFileName().toString();
        return JSON.readTree(report.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json").toFile());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path copy(Path from, String name) throws IOException {
        return Files.copy(from, dir.resolve(name));
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        return Files.write(dir.resolve(name), zipBytes(entries));
    }

    private static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        return buf.toByteArray();
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(Path::toString).sorted().toList();
        }
    }
}
