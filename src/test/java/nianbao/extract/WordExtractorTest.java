package nianbao.extract;

import nianbao.TestSupport;
import nianbao.findings.Verdict;
import nianbao.parse.CellRead;
import nianbao.pipeline.AuditResult;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordExtractorTest {
    private static final WordReport REPORT = new WordReport();
    private final WordExtractor word = new WordExtractor();

    // ---- tables

    @Test
    void requestsTableMergedCellsRepeatDownTheRowsAndStayAligned() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            REPORT.requestsTable(doc);
            doc.write(out);
            docx = out.toByteArray();
        }
        List<String> lines = texts(word.extract(docx, "t.docx"));
        assertEquals(28, lines.size());
        for (String l : lines) assertEquals(10, cells(l).size(), l);

        String rule = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        assertEquals(List.of(rule, "", "", "申请人情况", "", "", "", "", "", ""), cells(lines.get(0)));
        assertEquals(List.of(rule, "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"), cells(lines.get(1)));
        assertEquals(List.of(rule, "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                cells(lines.get(2)));

        List<String> results = lines.subList(5, 27);
        for (String l : results) assertEquals("三、本年度办理结果", cells(l).get(0), l);
        assertEquals(8, results.stream().filter(l -> cells(l).get(1).equals("（三）不予公开")).count());
        assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"), cells(lines.get(14)).subList(0, 3));
        assertEquals(List.of("三、本年度办理结果", "（七）总计", ""), cells(lines.get(26)).subList(0, 3));
        assertFalse(cells(lines.get(27)).get(0).contains("三、"), "the merge ends with （七）总计");
        Map<String, Number> v = REPORT.cells();
        assertEquals(v.get("requests.result.withheld.admin_query.natural_person").toString(), cells(lines.get(14)).get(3));
        assertEquals(v.get("requests.carried_forward.total").toString(), cells(lines.get(27)).get(9));
    }

    @Test
    void paragraphsAndCellsReadAsTheyShow() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordReport.para(doc, "一、总体情况");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("脚注不属于正文");
            doc.getLastParagraph().addFootnoteReference(note);
            XWPFTable t = WordReport.table(doc, new int[]{2000, 2000}, List.of(
                    List.of(WordReport.Cell.of("三、本年度\n办理结果"), WordReport.Cell.of("12\n3"))));
            XWPFTableCell cell = t.getRow(0).getCell(1);
            XWPFTable nested = cell.insertNewTbl(cell.addParagraph().getCTP().newCursor());
            nested.getCTTbl().addNewTblPr();
            nested.createRow().createCell().setText("嵌套");
            doc.createParagraph();
            WordReport.para(doc, "第一行");
            doc.getLastParagraph().getRuns().get(0).addBreak();
            doc.getLastParagraph().getRuns().get(0).setText("第二行");
            doc.write(out);
            docx = out.toByteArray();
        }
        Document d = word.extract(docx, "x.docx");
        assertEquals("docx", d.format());
        assertEquals(List.of("一、总体情况", "| 三、本年度办理结果 | 12 3 嵌套 |", "第一行", "第二行"), texts(d));
        for (int i = 0; i < d.lines().size(); i++) {
            assertEquals(i + 1, d.lines().get(i).number());
            assertNull(d.lines().get(i).page());
        }
    }

    @Test
    void aTableOfAThousandRowsReadsQuickly() throws Exception {
        int n = 1000;
        List<List<WordReport.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<WordReport.Cell> row = new ArrayList<>();
            row.add(r % 100 == 0 ? WordReport.Cell.restart("组" + r, 1) : WordReport.Cell.below(1));
            row.add(r % 7 == 0 ? WordReport.Cell.span("合并", 2) : WordReport.Cell.of("第" + r + "行"));
            if (r % 7 != 0) row.add(WordReport.Cell.of("备注"));
            for (int c = 1; c <= 6; c++) row.add(WordReport.Cell.of(Integer.toString(r * c)));
            rows.add(row);
        }
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int[] widths = new int[9];
            Arrays.fill(widths, 800);
            WordReport.table(doc, widths, rows);
            doc.write(out);
            docx = out.toByteArray();
        }
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> texts(word.extract(docx, "big.docx")));
        assertEquals(n, lines.size());
        assertEquals(List.of("组900", "第999行", "备注", "999", "1998"), cells(lines.get(n - 1)).subList(0, 5));
        assertEquals(List.of("组900", "合并", "", "994"), cells(lines.get(994)).subList(0, 4));
    }

    @Test
    void listNumbersInTheFormatsReportsUse() {
        assertEquals(List.of("一", "十", "十一", "二十", "九十九", "一百零五", "一百一十"),
                List.of(1, 10, 11, 20, 99, 105, 110).stream().map(ListNumbers::chinese).toList());
        assertEquals("③", ListNumbers.format(3, "decimalEnclosedCircle"));
        assertEquals("１２", ListNumbers.format(12, "decimalFullWidth"));
        assertEquals("iv", ListNumbers.format(4, "lowerRoman"));
        assertEquals("B", ListNumbers.format(2, "upperLetter"));
    }

    // ---- whole reports, end to end

    @Test
    void completeDocxReportReadsAll200CellsWithoutFindings() throws Exception {
        assertClean(TestSupport.audit("某某局.docx", REPORT.docx(false)));
    }

    @Test
    void automaticallyNumberedHeadingsReadWithTheirNumerals() throws Exception {
        byte[] docx = REPORT.docx(true);
        List<String> lines = texts(word.extract(docx, "n.docx"));
        assertTrue(lines.containsAll(List.of("一、总体情况", "（一）主动公开", "（五）监督保障", "二、主动公开政府信息情况",
                "六、其他需要报告的事项")), lines.toString());
        assertClean(TestSupport.audit("某某局.docx", docx));
    }

    @Test
    void aReportFramedInAOneCellTableReadsAsBody() throws Exception {
        byte[] framed = framed(REPORT.docx(false));
        List<String> lines = texts(word.extract(framed, "f.docx"));
        assertTrue(lines.contains("三、收到和处理政府信息公开申请情况"), lines.toString());
        assertClean(TestSupport.audit("某某局.docx", framed));
    }

    @Test
    void docReportReadsAll200CellsWithoutFindings() throws Exception {
        byte[] doc = resource("word/report.doc");
        Document d = word.extract(doc, "report.doc");
        assertEquals("doc", d.format());
        // the .doc was converted from the report with numbered headings: the same lines, numbers and merges included
        assertEquals(texts(word.extract(REPORT.docx(true), "report.docx")), texts(d));
        assertClean(TestSupport.audit("某某局.doc", doc));
    }

    @Test
    void filesAreReadByContentWhateverTheirName() throws Exception {
        byte[] doc = resource("word/report.doc");
        assertClean(TestSupport.audit("某某局.wps", doc));
        assertClean(TestSupport.audit("某某局.docx", doc));
        assertClean(TestSupport.audit("某某局.doc", REPORT.docx(false)));
        assertClean(TestSupport.audit("某某局", REPORT.docx(false)));
    }

    // ---- files that cannot be read

    @Test
    void encryptedDocxIsUnreadable() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(REPORT.docx(false));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertUnreadable(out.toByteArray(), "某某局.docx", "文件已加密");
    }

    @Test
    void encryptedDocIsUnreadable() throws Exception {
        byte[] doc = withWordDocumentStream(resource("word/report.doc"), fib -> fib[11] |= 0x01); // FIB flag fEncrypted
        assertUnreadable(doc, "某某局.doc", "文件已加密");
    }

    @Test
    void word95IsUnreadableWithAdvice() throws Exception {
        byte[] doc = withWordDocumentStream(resource("word/report.doc"), fib -> { fib[2] = 0x65; fib[3] = 0; }); // nFib of Word 6/95
        assertUnreadable(doc, "old.doc", "Word 95");
    }

    @Test
    void corruptWordFilesAreUnreadableWithAClearMessage() throws Exception {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertUnreadable(zip("word/document.xml", random), "a.docx", "已损坏");
        byte[] docx = REPORT.docx(false);
        assertUnreadable(Arrays.copyOf(docx, docx.length / 2), "b.docx", "已损坏");
        byte[] ole = resource("word/report.doc");
        assertUnreadable(Arrays.copyOf(ole, 1536), "c.doc", "已损坏");
        byte[] oleHeader = Arrays.copyOf(ole, 4096);
        System.arraycopy(random, 0, oleHeader, 512, 3584);
        assertUnreadable(oleHeader, "d.wps", "已损坏");
    }

    @Test
    void otherZipAndOfficeFilesAreNamedAsSuch() throws Exception {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        assertUnreadable(zip("data.bin", random), "report.docx", "zip 压缩包");
        byte[] junk = Arrays.copyOf(new byte[]{'P', 'K', 3, 4}, 4096);
        System.arraycopy(random, 0, junk, 4, 4092);
        assertUnreadable(junk, "report.docx", "zip 压缩包");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(random), "Workbook");
            fs.writeFilesystem(xls);
        }
        assertUnreadable(xls.toByteArray(), "report.doc", "不是 Word 文档");
    }

    @Test
    void aDocumentWithoutTextSaysSo() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph();
            doc.write(out);
            docx = out.toByteArray();
        }
        AuditResult r = TestSupport.audit("scan.docx", docx);
        assertEquals(Verdict.NOT_ASSESSABLE, r.verdict());
        assertEquals("[INPUT-NO-TEXT]", TestSupport.ruleIds(r).toString());
    }

    // ---- helpers

    private static void assertClean(AuditResult r) {
        assertEquals(List.of(), TestSupport.findingLines(r), r.file());
        assertEquals(Verdict.PASS, r.verdict());
        List<String> wrong = new ArrayList<>();
        REPORT.cells().forEach((key, want) -> {
            CellRead got = r.cells().get(key);
            if (got == null || got.state() != CellRead.State.NUMBER || Math.abs(got.value() - want.doubleValue()) > 1e-9) {
                wrong.add(key + " = " + (got == null ? "absent" : got.state() + " " + got.raw()) + ", expected " + want);
            }
        });
        assertEquals(200, REPORT.cells().size());
        assertEquals(List.of(), wrong, r.file());
        assertEquals("某某局", r.meta().agency());
        assertEquals(2023, r.meta().year());
    }

    private static void assertUnreadable(byte[] bytes, String name, String messagePart) {
        AuditResult r = TestSupport.audit(name, bytes);
        assertEquals(Verdict.NOT_ASSESSABLE, r.verdict(), name);
        assertEquals(1, r.findings().size(), TestSupport.findingLines(r).toString());
        assertEquals("INPUT-UNREADABLE", r.findings().get(0).rule());
        assertTrue(r.findings().get(0).message().contains(messagePart), r.findings().get(0).message());
    }

    private static List<String> texts(Document d) {
        return d.lines().stream().map(Document.Line::text).toList();
    }

    /** The cells of a markdown line "| a | b |". */
    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    /** The body of a .docx moved into the one cell of a layout table. */
    private static byte[] framed(byte[] docx) throws IOException {
        try (XWPFDocument src = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFDocument dst = new XWPFDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTTc tc = dst.createTable().getRow(0).getCell(0).getCTTc();
            tc.removeP(0);
            try (XmlCursor from = src.getDocument().getBody().newCursor(); XmlCursor to = tc.newCursor()) {
                to.toEndToken();
                for (boolean more = from.toFirstChild(); more; more = from.toNextSibling()) {
                    if (!from.getName().getLocalPart().equals("sectPr")) from.copyXml(to);
                }
            }
            tc.addNewP(); // a cell ends with a paragraph
            dst.write(out);
            return out.toByteArray();
        }
    }

    /** A .doc with its WordDocument stream changed. */
    private static byte[] withWordDocumentStream(byte[] doc, Consumer<byte[]> edit) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] stream;
            try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            edit.accept(stream);
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = WordExtractorTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing test resource " + path);
            return in.readAllBytes();
        }
    }
}
