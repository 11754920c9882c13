package nianbao.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.TestSupport;
import nianbao.findings.Verdict;
import nianbao.normalize.Normalizer;
import nianbao.parse.CellRead;
import nianbao.parse.ParsedReport;
import nianbao.parse.ReportParser;
import nianbao.parse.SectionRead;
import nianbao.parse.TableRead;
import nianbao.pipeline.AuditResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {
    private static final Path CORPUS = TestSupport.SHARED.resolve("corpus");
    private static final String BLANK = "blank";
    private final HtmlExtractor html = new HtmlExtractor();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<String> lines(String resource) throws Exception {
        return texts(html.extract(resource(resource), resource));
    }

    private static List<String> texts(Document d) {
        return d.lines().stream().map(Document.Line::text).toList();
    }

    // ---- recognising a page by its content

    @Test
    void pagesAreRecognisedByContentNotByName() throws Exception {
        byte[] page = resource("report-2021.html");
        assertTrue(html.accepts(page, "report.txt"));
        byte[] bom = ByteBuffer.allocate(page.length + 3).put(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).put(page).array();
        assertTrue(html.accepts(bom, "x"));
        assertEquals("青山市生态环境局2023年政府信息公开工作年度报告", html.extract(bom, "x").lines().get(0).text());
        byte[] utf16 = ("\uFEFF<html><body><p>一、总体情况</p></body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertTrue(html.accepts(utf16, "x"));
        assertEquals(List.of("一、总体情况"), texts(html.extract(utf16, "x")));
        assertTrue(html.accepts("<table><tr><td>规章</td><td>0</td></tr></table>".getBytes(StandardCharsets.UTF_8), "x"));
    }

    @Test
    void textWithAnAccidentalTagStaysText() throws Exception {
        List<String> texts = List.of(
                "一、总体情况\n本年收费金额<1万元，a<b 且 c>d。\n",
                "| 三、本年度办理结果<br>（一）予以公开 | 0 | 0 |\n",
                "报告的网页版把正文放在 <article> 元素里，表格用 <span> 拆开。\n",
                "他说 \"<p>\" 是段落标签。\n");
        for (String t : texts) {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            assertFalse(html.accepts(b, "report.html"), t);
            assertTrue(Extractors.standard().extract(b, "report.html").format().startsWith("text/"), t);
        }
    }

    // ---- tables, labels, chrome

    @Test
    void spannedTablesBecomeMarkdownRowsWithFullLabels() throws Exception {
        List<String> l = lines("report-2021.html");
        assertTrue(l.contains("| 规章 | 0 | 0 | 0 |"), String.join("\n", l));
        // a label in three pieces (span, span, font) is one label
        assertTrue(l.contains("| 行政规范性文件 | 5 | 2 | 40 |"));
        // a value spread over three columns is one value
        assertTrue(l.contains("| 行政许可 | 120 |  |  |"), String.join("\n", l));
        assertTrue(l.contains("| 行政事业性收费 | 0.5 |  |  |"));
        // rowspan repeats the group label in each of its rows; &nbsp; cells are empty
        assertTrue(l.contains("| 三、本年度办理结果 | （一）予以公开 | （一）予以公开 | 5 | 1 |  |  | 0 | 0 | 6 |"));
        assertTrue(l.contains("| 三、本年度办理结果 | （二）部分公开（区分处理的，只计这一情形，不计其他情形） "
                + "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
        assertTrue(l.contains("| 三、本年度办理结果 | （三）不予公开 | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
        assertTrue(l.contains("| 三、本年度办理结果 | （五）不予处理 | 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
        assertTrue(l.stream().anyMatch(s -> s.contains("| 商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |")));
        assertTrue(l.contains("| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |"));
        // a heading split into two spans is one line; <br> breaks a paragraph
        assertTrue(l.contains("三、收到和处理政府信息公开申请情况"));
        assertTrue(l.contains("一是政策解读形式较为单一；二是公开内容的规范性有待提高。"));
        assertTrue(l.contains("2024年将进一步加强培训，提升公开质量。"));
    }

    @Test
    void theArticleIsKeptAndTheChromeDropped() throws Exception {
        List<String> l = lines("report-2021.html");
        assertEquals("青山市生态环境局2023年政府信息公开工作年度报告", l.get(0)); // the h1 outside the article
        assertTrue(l.get(1).startsWith("本报告根据"));
        assertEquals(List.of("青山市生态环境局", "2024年1月20日"), l.subList(l.size() - 2, l.size()));
        for (String chrome : List.of("您当前的位置", "首页", "not content", "分享到", "【打印】", "主办单位", "本页目录", "青山市人民政府")) {
            assertTrue(l.stream().noneMatch(s -> s.contains(chrome)), chrome);
        }
        // the sidebar that lists the six headings is not mistaken for the report
        assertEquals(1, l.stream().filter(s -> s.equals("一、总体情况")).count());
    }

    @Test
    void breadcrumbsAndShareBarsAreDroppedWhenThereIsNoArticleToChoose() throws Exception {
        List<String> l = lines("chrome.html");
        assertTrue(l.contains("各乡镇人民政府、街道办事处："));
        assertTrue(l.contains("春节将至，现就做好安全生产工作通知如下。"));
        for (String chrome : List.of("您当前的位置", "首页", "分享到", "打印本页", "console")) {
            assertTrue(l.stream().noneMatch(s -> s.contains(chrome)), chrome + " in " + l);
        }
    }

    @Test
    void aLayoutTableAroundTheArticleDoesNotSwallowTheReportTables() throws Exception {
        List<String> l = lines("nested-layout.html");
        assertEquals("青山市审计局2023年政府信息公开工作年度报告", l.get(0));
        assertTrue(l.contains("一、总体情况"));
        assertTrue(l.contains("2023年，我局依法做好政府信息公开工作。"));
        assertTrue(l.contains("| 行政规范性文件 | 1 | 0 | 6 |"));
        assertTrue(l.contains("| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"));
        assertTrue(l.stream().noneMatch(s -> s.contains("首页") || s.contains("版权所有")), String.join("\n", l));
    }

    @Test
    void aTableCellHoldingTheWholeArticleIsLayout() throws Exception {
        String prose = "2023年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。".repeat(6);
        String page = "<html><body><table><tr><td><p>一、总体情况</p><p>" + prose + "</p><p>六、其他需要报告的事项</p><p>无。</p>"
                + "</td></tr></table></body></html>";
        List<String> l = texts(html.extract(page.getBytes(StandardCharsets.UTF_8), "x"));
        assertEquals(List.of("一、总体情况", prose, "六、其他需要报告的事项", "无。"), l);
    }

    @Test
    void spansAreClampedAndBadSpansIgnored() {
        assertEquals(1, HtmlLines.span("", 5));
        assertEquals(1, HtmlLines.span("abc", 5));
        assertEquals(3, HtmlLines.span(" 3 ", 5));
        assertEquals(5, HtmlLines.span("0", 5)); // rowspan="0": to the end of the table
        assertEquals(5, HtmlLines.span("65534", 5));
        String page = "<table><tr><td rowspan=\"65534\">规章</td><td>1</td><td>2</td><td>3</td></tr></table>";
        assertEquals(List.of("| 规章 | 1 | 2 | 3 |"), HtmlLines.grid(org.jsoup.Jsoup.parse(page).selectFirst("table")));
    }

    // ---- encodings

    @Test
    void gbkPagesReadRightDeclaredOrNot() throws Exception {
        String title = "青山县堃山镇人民政府2023年政府信息公开工作年度报告"; // 堃 is in GBK, not in GB2312
        for (String name : List.of("gbk-declared.html", "gbk-undeclared.html", "gbk-declared-utf8.html")) {
            List<String> l = lines(name);
            assertEquals(title, l.get(0), name);
            assertTrue(l.contains("| 行政规范性文件 | 2 | 0 | 9 |"), name);
        }
        assertEquals("GB18030 (declared)", HtmlExtractor.decode(resource("gbk-declared.html")).charset());
        assertEquals("GB18030", HtmlExtractor.decode(resource("gbk-undeclared.html")).charset());
        // declared UTF-8 but written in GBK: the declaration does not decode, the content decides
        assertEquals("GB18030", HtmlExtractor.decode(resource("gbk-declared-utf8.html")).charset());
    }

    // ---- the page inside a JavaScript string

    @Test
    void htmlInAJavaScriptStringLiteralIsUnescapedAndRead() throws Exception {
        byte[] js = resource("content.js");
        assertTrue(html.accepts(js, "data.js"));
        assertEquals(List.of(
                "青山市交通运输局2023年政府信息公开工作年度报告",
                "一、总体情况",
                "2023年，我局全年主动公开政府信息128条。",
                "二、主动公开政府信息情况", // written as \u4e8c
                "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
                "| 行政规范性文件 | 3 |  | 17 |",
                "六、其他需要报告的事项", // the second of two literals joined by +
                "本年度未收取信息处理费。"), texts(html.extract(js, "data.js")));
    }

    @Test
    void aPageFilledByItsScriptIsReadFromTheScriptsString() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>年报 | 青山市人民政府</title><script>\n"
                + "var content = '<p>一、总体情况</p><p>2023年，我局依法做好公开工作。</p><p>六、其他需要报告的事项</p><p>无。</p>';\n"
                + "document.getElementById(\"app\").innerHTML = content;</script></head><body><div id=\"app\"></div></body></html>";
        assertEquals(List.of("一、总体情况", "2023年，我局依法做好公开工作。", "六、其他需要报告的事项", "无。"),
                texts(html.extract(page.getBytes(StandardCharsets.UTF_8), "x.html")));
    }

    @Test
    void javaScriptEscapes() {
        assertEquals("<p class=\"a\">一</p>\n\t'x'\\", JsHtmlLiteral.unescape("<p class=\\\"a\\\">\\u4e00<\\/p>\\n\\t\\'x\\'\\\\"));
        assertEquals("AB😀", JsHtmlLiteral.unescape("\\x41\\u{42}\\u{1F600}"));
        assertEquals("ab", JsHtmlLiteral.unescape("a\\\nb"));
        assertNull(JsHtmlLiteral.find("var a = '<div class=\"x\">' + name + '</div>';"));
    }

    // ---- failing clearly

    @Test
    void aPageWithoutTextIsUnreadableInChinese() throws Exception {
        byte[] empty = resource("empty.html");
        assertTrue(html.accepts(empty, "x"));
        InputProblem p = assertThrows(InputProblem.class, () -> html.extract(empty, "x"));
        assertEquals("INPUT-UNREADABLE", p.rule());
        assertTrue(p.getMessage().contains("网页中没有可读的文字"), p.getMessage());
        byte[] titleOnly = "<html><head><title>青山市民政局2023年政府信息公开工作年度报告</title></head><body>&nbsp;</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(InputProblem.class, () -> html.extract(titleOnly, "x"));
        AuditResult r = TestSupport.audit("empty.html", empty);
        assertEquals(Verdict.NOT_ASSESSABLE, r.verdict());
        assertEquals(Set.of("INPUT-UNREADABLE"), TestSupport.ruleIds(r));
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() throws Throwable {
        String text = "一、总体情况";
        for (String open : List.of("<div>", "<span>", "<table><tr><td>")) {
            byte[] page = ("<html><body>" + open.repeat(10_000) + text).getBytes(StandardCharsets.UTF_8);
            AtomicReference<Object> result = new AtomicReference<>();
            // a small stack: any recursion over 10,000 levels would overflow it
            Thread t = new Thread(null, () -> {
                try {
                    result.set(html.extract(page, "deep.html"));
                } catch (Throwable e) {
                    result.set(e);
                }
            }, "deep", 512 * 1024);
            t.start();
            t.join();
            if (result.get() instanceof Throwable e) throw e;
            Document d = (Document) result.get();
            assertTrue(d.lines().get(d.lines().size() - 1).text().contains(text), open);
        }
    }

    // ---- end to end through the whole pipeline

    @Test
    void syntheticReportIsReadCellByCell() throws Exception {
        AuditResult r = TestSupport.audit("report-2021.html", resource("report-2021.html"));
        Map<String, Object> want = new LinkedHashMap<>();
        put(want, "active.rules", "issued repealed in_force", 0, 0, 0);
        put(want, "active.normative", "issued repealed in_force", 5, 2, 40);
        want.put("active.licensing.decisions", 120);
        want.put("active.penalty.decisions", 33);
        want.put("active.coercion.decisions", 4);
        want.put("active.fees.amount", 0.5);
        for (String row : REQUEST_ROWS) put(want, "requests." + row, COLUMNS, 0, 0, 0, 0, 0, 0, 0);
        put(want, "requests.new", COLUMNS, 10, 3, 0, 0, 1, 0, 14);
        put(want, "requests.carried_over", COLUMNS, 2, 0, 0, 0, 0, 0, 2);
        put(want, "requests.result.granted", COLUMNS, 5, 1, BLANK, BLANK, 0, 0, 6);
        put(want, "requests.result.partial", COLUMNS, 1, 0, 0, 0, 0, 0, 1);
        put(want, "requests.result.withheld.third_party", COLUMNS, 1, 0, 0, 0, 0, 0, 1);
        put(want, "requests.result.unavailable.not_held", COLUMNS, 2, 1, 0, 0, 1, 0, 4);
        put(want, "requests.result.not_processed.duplicate", COLUMNS, 1, 0, 0, 0, 0, 0, 1);
        put(want, "requests.result.total", COLUMNS, 10, 2, 0, 0, 1, 0, 13);
        put(want, "requests.carried_forward", COLUMNS, 2, 1, 0, 0, 0, 0, 3);
        put(want, "appeals.review", OUTCOMES, 1, 0, 0, 1, 2);
        put(want, "appeals.litigation.direct", OUTCOMES, 0, 1, 0, 0, 1);
        put(want, "appeals.litigation.after_review", OUTCOMES, 0, 0, 0, 0, 0);
        assertEquals(200, want.size());
        assertEquals(List.of(), mismatches(want, r.cells(), false));
        // Section 一 of this synthetic page is one sentence on 主动公开 only: OVERVIEW-FIVE-ASPECTS is deserved.
        assertEquals(Set.of("CELL-BLANK", "OVERVIEW-FIVE-ASPECTS"), TestSupport.ruleIds(r), String.join("\n", TestSupport.findingLines(r)));
        assertEquals("青山市生态环境局", r.meta().agency());
        assertEquals(Integer.valueOf(2023), r.meta().year());
        assertEquals("2024-01-20", String.valueOf(r.meta().date()));
    }

    @Test
    void pingtan2023MatchesAll200ExpectedCells() throws Exception {
        Path file = corpusFile("pingtan-2023.html");
        JsonNode expected = new ObjectMapper().readTree(CORPUS.resolve("expected-cells.json").toFile()).get("pingtan-2023.html");
        Map<String, Object> want = new LinkedHashMap<>();
        expected.fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().asText()));
        assertEquals(200, want.size());
        AuditResult r = TestSupport.audit(file);
        assertEquals(List.of(), mismatches(want, r.cells(), false));
        assertAllSectionsAndTables(file);
    }

    /** 沭阳县发展和改革局 2023: a crawler page with the CMS page inside <article>; every cell checked by hand. */
    @Test
    void shuyang014IsReadFromInsideTheCrawlerWrapper() throws Exception {
        Path file = corpusFile("014.html");
        Document d = Extractors.standard().extract(Files.readAllBytes(file), file.toString());
        List<String> l = texts(d);
        assertEquals("沭阳县发展和改革局2023年政府信息公开年度报告", l.get(0));
        assertTrue(l.get(1).startsWith("根据《中华人民共和国政府信息公开条例》"), l.get(1));
        assertEquals(List.of("沭阳县发展和改革局", "2024年1月17日"), l.subList(l.size() - 2, l.size()));
        for (String chrome : List.of("索引号", "采集时间", "繁體版", "智能问答", "走进沭阳")) {
            assertTrue(l.stream().noneMatch(s -> s.contains(chrome)), chrome);
        }
        assertAllSectionsAndTables(file);

        Map<String, Object> want = new LinkedHashMap<>();
        put(want, "active.rules", "issued repealed in_force", 0, 0, 0);
        put(want, "active.normative", "issued repealed in_force", 8, 0, 18);
        for (String k : List.of("licensing", "penalty", "coercion")) want.put("active." + k + ".decisions", 0);
        want.put("active.fees.amount", 0);
        for (String row : REQUEST_ROWS) put(want, "requests." + row, COLUMNS, 0, BLANK, BLANK, BLANK, BLANK, BLANK, 0);
        for (String row : List.of("new", "result.granted", "result.total")) put(want, "requests." + row, COLUMNS, 26, BLANK, BLANK, BLANK, BLANK, BLANK, 26);
        put(want, "appeals.review", OUTCOMES, 0, 0, 0, 1, 1);
        put(want, "appeals.litigation.direct", OUTCOMES, 0, 0, 0, 0, 0);
        put(want, "appeals.litigation.after_review", OUTCOMES, 0, 0, 0, 0, 0);
        assertEquals(200, want.size());
        AuditResult r = TestSupport.audit(file);
        assertEquals(List.of(), mismatches(want, r.cells(), false));
        assertEquals("沭阳县发展和改革局", r.meta().agency());
        assertEquals("2024-01-17", String.valueOf(r.meta().date()));
    }

    /**
     * 上海市人民政府办公厅 2019 (2019 template), HTML in a JavaScript string. The cells below were read
     * by hand from the page. Three kinds the parser cannot read yet (rows whose every cell is &nbsp;,
     * the appeals row with &nbsp; cells, "251000元") must at least not be read as other values.
     */
    @Test
    void shanghai011IsReadFromItsJavaScriptString() throws Exception {
        Path file = corpusFile("011.js");
        List<String> l = texts(Extractors.standard().extract(Files.readAllBytes(file), file.toString()));
        assertEquals("2019年上海市人民政府办公厅政府信息公开工作年度报告", l.get(0));
        assertTrue(l.stream().noneMatch(s -> s.contains("ascceptanceArea") || s.contains("常务副市长")));
        assertAllSectionsAndTables(file);

        Map<String, Object> readable = new LinkedHashMap<>();
        put(readable, "active2019.rules", "made published total", 13, 13, 524);
        put(readable, "active2019.normative", "made published total", 60, 60, 368);
        for (String k : List.of("licensing", "other_services", "penalty", "coercion")) put(readable, "active2019." + k, "previous change decisions", 0, 0, 0);
        put(readable, "active2019.fees", "previous change", 0, 0);
        put(readable, "requests.new", COLUMNS, 821, 35, BLANK, BLANK, 2, 1, 859);
        put(readable, "requests.carried_over", COLUMNS, 18, BLANK, BLANK, BLANK, BLANK, BLANK, 18);
        put(readable, "requests.result.granted", COLUMNS, 258, 12, BLANK, BLANK, 1, 1, BLANK);
        put(readable, "requests.result.partial", COLUMNS, 3, BLANK, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.withheld.state_secret", COLUMNS, 14, BLANK, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.withheld.internal_affairs", COLUMNS, 5, BLANK, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.withheld.process_info", COLUMNS, 3, 1, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.withheld.admin_query", COLUMNS, 10, 2, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.unavailable.not_held", COLUMNS, 252, 12, BLANK, BLANK, 1, BLANK, BLANK);
        put(readable, "requests.result.unavailable.needs_creation", COLUMNS, 44, 3, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.unavailable.unclear", COLUMNS, 25, BLANK, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.not_processed.petition", COLUMNS, 148, 1, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.not_processed.duplicate", COLUMNS, 5, 4, BLANK, BLANK, BLANK, BLANK, BLANK);
        put(readable, "requests.result.total", COLUMNS, 767, 35, BLANK, BLANK, 2, 1, 805);
        put(readable, "requests.carried_forward", COLUMNS, 72, BLANK, BLANK, BLANK, BLANK, BLANK, 72);

        Map<String, Object> notYet = new LinkedHashMap<>();
        notYet.put("active2019.procurement.count", 6);
        notYet.put("active2019.procurement.amount", 251000); // written "251000元"
        for (String row : List.of("withheld.law_prohibited", "withheld.security_stability", "withheld.third_party",
                "withheld.enforcement_file", "not_processed.publication", "not_processed.excessive",
                "not_processed.confirmation", "other.total")) {
            put(notYet, "requests.result." + row, COLUMNS, BLANK, BLANK, BLANK, BLANK, BLANK, BLANK, BLANK);
        }
        put(notYet, "appeals.review", OUTCOMES, 5, BLANK, BLANK, 2, 7);
        put(notYet, "appeals.litigation.direct", OUTCOMES, 8, BLANK, BLANK, 1, 9);
        put(notYet, "appeals.litigation.after_review", OUTCOMES, BLANK, BLANK, BLANK, BLANK, BLANK);
        assertEquals(198, readable.size() + notYet.size()); // the 2019 format: 22 + 161 + 15 cells

        AuditResult r = TestSupport.audit(file);
        assertEquals("2019", r.meta().format());
        assertEquals(List.of(), mismatches(readable, r.cells(), false));
        assertEquals(List.of(), mismatches(notYet, r.cells(), true));
    }

    // ---- helpers

    private static final String COLUMNS = "natural_person commercial research social_welfare legal_service other total";
    private static final String OUTCOMES = "upheld corrected other pending total";
    private static final List<String> REQUEST_ROWS = List.of("new", "carried_over", "result.granted", "result.partial",
            "result.withheld.state_secret", "result.withheld.law_prohibited", "result.withheld.security_stability",
            "result.withheld.third_party", "result.withheld.internal_affairs", "result.withheld.process_info",
            "result.withheld.enforcement_file", "result.withheld.admin_query", "result.unavailable.not_held",
            "result.unavailable.needs_creation", "result.unavailable.unclear", "result.not_processed.petition",
            "result.not_processed.duplicate", "result.not_processed.publication", "result.not_processed.excessive",
            "result.not_processed.confirmation", "result.other.no_correction", "result.other.unpaid_fee",
            "result.other.other", "result.total", "carried_forward");

    private static void put(Map<String, Object> want, String prefix, String columns, Object... values) {
        String[] cols = columns.split(" ");
        assertEquals(cols.length, values.length, prefix);
        for (int i = 0; i < cols.length; i++) want.put(prefix + "." + cols[i], values[i]);
    }

    /**
     * Cells that differ from what is wanted (a number, or "blank"). With {@code orUnread}, a cell the
     * parser could not read (absent, unreadable) is accepted too: only a wrong value is a mismatch.
     */
    private static List<String> mismatches(Map<String, Object> want, Map<String, CellRead> got, boolean orUnread) {
        List<String> out = new ArrayList<>();
        want.forEach((key, w) -> {
            CellRead c = got == null ? null : got.get(key);
            CellRead.State state = c == null ? CellRead.State.ABSENT : c.state();
            if (orUnread && (state == CellRead.State.ABSENT || state == CellRead.State.UNREADABLE)) return;
            boolean ok = w instanceof Number n
                    ? state == CellRead.State.NUMBER && Math.abs(c.value() - n.doubleValue()) < 1e-9
                    : state == CellRead.State.BLANK;
            if (!ok) out.add(key + ": " + (c == null ? "absent" : state + " " + c.value() + " '" + c.raw() + "'") + ", expected " + w);
        });
        return out;
    }

    private static Path corpusFile(String name) {
        Path file = CORPUS.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/corpus/" + name + " not present: corpus check skipped");
        return file;
    }

    private static void assertAllSectionsAndTables(Path file) throws Exception {
        Document doc = Extractors.standard().extract(Files.readAllBytes(file), file.toString());
        assertEquals("html", doc.format());
        Normalizer.Result n = new Normalizer().normalize(doc);
        ParsedReport parsed = new ReportParser().parse(n.document(), n.repairs());
        TreeSet<Integer> sections = new TreeSet<>();
        parsed.sections().stream().map(SectionRead::number).forEach(sections::add);
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), sections, file.toString());
        for (TableRead t : parsed.tables().values()) assertTrue(t.present(), file + ": table " + t.name());
        for (int i = 0; i < doc.lines().size(); i++) {
            assertEquals(i + 1, doc.lines().get(i).number());
            assertNull(doc.lines().get(i).page());
        }
    }
}
