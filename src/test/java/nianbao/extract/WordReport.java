package nianbao.extract;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete small report as a .docx, made with POI in the layout of the template's Word tables
 * (merged cells as gridSpan and vMerge), together with the 200 cells it must read as. With
 * {@code numberedHeadings} the section headings and sub-heads are Word list paragraphs, whose
 * "一、" and "（一）" are not in the text.
 *
 * <p>src/test/resources/word/report.doc was made from it: run {@link #main} with a path, then
 * {@code soffice --headless --convert-to doc --outdir DIR report.docx}.
 */
final class WordReport {
    static final String[] APPLICANTS = {"natural_person", "commercial", "research", "social_welfare", "legal_service", "other"};
    /** The groups of result rows: label, then (key, label) per row; a group of one row has no sub-label. */
    static final String[][] RESULTS = {
            {"（一）予以公开", "result.granted", null},
            {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "result.partial", null},
            {"（三）不予公开", "result.withheld.state_secret", "1.属于国家秘密", "result.withheld.law_prohibited", "2.其他法律行政法规禁止公开",
                    "result.withheld.security_stability", "3.危及“三安全一稳定”", "result.withheld.third_party", "4.保护第三方合法权益",
                    "result.withheld.internal_affairs", "5.属于三类内部事务信息", "result.withheld.process_info", "6.属于四类过程性信息",
                    "result.withheld.enforcement_file", "7.属于行政执法案卷", "result.withheld.admin_query", "8.属于行政查询事项"},
            {"（四）无法提供", "result.unavailable.not_held", "1.本机关不掌握相关政府信息", "result.unavailable.needs_creation",
                    "2.没有现成信息需要另行制作", "result.unavailable.unclear", "3.补正后申请内容仍不明确"},
            {"（五）不予处理", "result.not_processed.petition", "1.信访举报投诉类申请", "result.not_processed.duplicate", "2.重复申请",
                    "result.not_processed.publication", "3.要求提供公开出版物", "result.not_processed.excessive", "4.无正当理由大量反复申请",
                    "result.not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"},
            {"（六）其他处理", "result.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "result.other.unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "result.other.other", "3.其他"},
    };
    static final String[] APPEAL_GROUPS = {"review", "litigation.direct", "litigation.after_review"};
    static final String[] OUTCOMES = {"upheld", "corrected", "other", "pending", "total"};
    static final String[] OUTCOME_LABELS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    /** A table cell to write: its text (paragraphs split at '\n'), width in grid columns, vertical merge. */
    record Cell(String text, int span, STMerge.Enum vMerge) {
        static Cell of(String text) { return new Cell(text, 1, null); }
        static Cell span(String text, int span) { return new Cell(text, span, null); }
        static Cell restart(String text, int span) { return new Cell(text, span, STMerge.RESTART); }
        static Cell below(int span) { return new Cell("", span, STMerge.CONTINUE); }
    }

    private final Map<String, Number> cells = new LinkedHashMap<>();

    WordReport() {
        values();
    }

    /** The 200 canonical cells of this report. */
    Map<String, Number> cells() { return cells; }

    private void values() {
        put("active.rules.issued", 0); put("active.rules.repealed", 0); put("active.rules.in_force", 0);
        put("active.normative.issued", 5); put("active.normative.repealed", 2); put("active.normative.in_force", 31);
        put("active.licensing.decisions", 128); put("active.penalty.decisions", 56); put("active.coercion.decisions", 7);
        cells.put("active.fees.amount", 1.25);
        List<String> leaves = leafKeys();
        int[] resultTotal = new int[APPLICANTS.length];
        for (int r = 0; r < leaves.size(); r++) {
            for (int c = 0; c < APPLICANTS.length; c++) resultTotal[c] += (r * 7 + c * 3) % 5 + 1;
        }
        for (int c = 0; c < APPLICANTS.length; c++) {
            int carriedOver = c + 1, carriedForward = c % 3 + 1;
            put("requests.new." + APPLICANTS[c], resultTotal[c] + carriedForward - carriedOver);
            put("requests.carried_over." + APPLICANTS[c], carriedOver);
            for (int r = 0; r < leaves.size(); r++) put("requests." + leaves.get(r) + "." + APPLICANTS[c], (r * 7 + c * 3) % 5 + 1);
            put("requests.result.total." + APPLICANTS[c], resultTotal[c]);
            put("requests.carried_forward." + APPLICANTS[c], carriedForward);
        }
        for (String row : requestRows()) {
            int sum = 0;
            for (String a : APPLICANTS) sum += cells.get("requests." + row + "." + a).intValue();
            put("requests." + row + ".total", sum);
        }
        int[][] appeals = {{3, 1, 1, 1}, {2, 1, 1, 1}, {1, 1, 1, 2}};
        for (int g = 0; g < APPEAL_GROUPS.length; g++) {
            int sum = 0;
            for (int o = 0; o < 4; o++) {
                put("appeals." + APPEAL_GROUPS[g] + "." + OUTCOMES[o], appeals[g][o]);
                sum += appeals[g][o];
            }
            put("appeals." + APPEAL_GROUPS[g] + ".total", sum);
        }
    }

    private void put(String key, int value) { cells.put(key, value); }

    static List<String> leafKeys() {
        List<String> keys = new ArrayList<>();
        for (String[] group : RESULTS) for (int i = 1; i < group.length; i += 2) keys.add(group[i]);
        return keys;
    }

    static List<String> requestRows() {
        List<String> rows = new ArrayList<>(List.of("new", "carried_over"));
        rows.addAll(leafKeys());
        rows.addAll(List.of("result.total", "carried_forward"));
        return rows;
    }

    private String v(String key) {
        Number n = cells.get(key);
        return n instanceof Double d ? d.toString() : Integer.toString(n.intValue());
    }

    // ---- the document

    byte[] docx(boolean numberedHeadings) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Headings h = new Headings(doc, numberedHeadings);
            para(doc, "某某局2023年政府信息公开工作年度报告");
            para(doc, "根据《中华人民共和国政府信息公开条例》的规定，现公布本局2023年度政府信息公开工作年度报告。"
                    + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。");
            h.section("一、", "总体情况");
            String[][] subs = {{"主动公开", "我局坚持以公开为常态、不公开为例外，及时发布政策文件和办事指南。"},
                    {"依申请公开", "我局畅通申请渠道，依法按时答复申请人。"},
                    {"政府信息管理", "我局落实公开属性源头认定和保密审查制度。"},
                    {"政府信息公开平台建设", "我局持续优化门户网站信息公开专栏。"},
                    {"监督保障", "我局将政务公开纳入年度绩效考核。"}};
            String[] numerals = {"（一）", "（二）", "（三）", "（四）", "（五）"};
            for (int i = 0; i < subs.length; i++) {
                h.sub(numerals[i], subs[i][0]);
                para(doc, subs[i][1]);
            }
            h.section("二、", "主动公开政府信息情况");
            activeTable(doc);
            h.section("三、", "收到和处理政府信息公开申请情况");
            requestsTable(doc);
            h.section("四、", "政府信息公开行政复议、行政诉讼情况");
            appealsTable(doc);
            h.section("五、", "存在的主要问题及改进情况");
            para(doc, "我局政府信息公开工作仍存在政策解读形式单一等问题。下一步，我局将丰富解读形式，提升公开质量。");
            h.section("六、", "其他需要报告的事项");
            para(doc, "本年度我局未收取信息处理费。无其他需要报告的事项。");
            para(doc, "某某局");
            para(doc, "2024年1月20日");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** Section headings and sub-heads, typed or as list paragraphs of Word's automatic numbering. */
    private static final class Headings {
        private final XWPFDocument doc;
        private final BigInteger numId;

        Headings(XWPFDocument doc, boolean numbered) {
            this.doc = doc;
            this.numId = numbered ? chineseList(doc) : null;
        }

        void section(String numeral, String title) { heading(numeral, title, 0); }

        void sub(String numeral, String title) { heading(numeral, title, 1); }

        private void heading(String numeral, String title, int level) {
            XWPFParagraph p = doc.createParagraph();
            if (numId == null) {
                p.createRun().setText(numeral + title);
            } else {
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(level));
                p.createRun().setText(title);
            }
        }

        private static BigInteger chineseList(XWPFDocument doc) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            String[] patterns = {"%1、", "（%2）"};
            for (int l = 0; l < patterns.length; l++) {
                CTLvl lvl = abs.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(l));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
                lvl.addNewLvlText().setVal(patterns[l]);
            }
            XWPFNumbering numbering = doc.createNumbering();
            return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
        }
    }

    private void activeTable(XWPFDocument doc) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.span("第二十条第（一）项", 4)));
        rows.add(List.of(Cell.of("信息内容"), Cell.of("本年制发件数"), Cell.of("本年废止件数"), Cell.of("现行有效件数")));
        for (String[] r : new String[][]{{"规章", "rules"}, {"行政规范性文件", "normative"}}) {
            rows.add(List.of(Cell.of(r[0]), Cell.of(v("active." + r[1] + ".issued")), Cell.of(v("active." + r[1] + ".repealed")),
                    Cell.of(v("active." + r[1] + ".in_force"))));
        }
        String[][] blocks = {{"第二十条第（五）项", "本年处理决定数量", "行政许可", "licensing.decisions"},
                {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "penalty.decisions", "行政强制", "coercion.decisions"},
                {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "fees.amount"}};
        for (String[] b : blocks) {
            rows.add(List.of(Cell.span(b[0], 4)));
            rows.add(List.of(Cell.of("信息内容"), Cell.span(b[1], 3)));
            for (int i = 2; i < b.length; i += 2) rows.add(List.of(Cell.of(b[i]), Cell.span(v("active." + b[i + 1]), 3)));
        }
        table(doc, new int[]{3000, 2000, 2000, 2000}, rows);
    }

    void requestsTable(XWPFDocument doc) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.restart("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3), Cell.span("申请人情况", 7)));
        rows.add(List.of(Cell.below(3), Cell.restart("自然人", 1), Cell.span("法人或其他组织", 5), Cell.restart("总计", 1)));
        rows.add(List.of(Cell.below(3), Cell.below(1), Cell.of("商业企业"), Cell.of("科研机构"), Cell.of("社会公益组织"),
                Cell.of("法律服务机构"), Cell.of("其他"), Cell.below(1)));
        rows.add(numbers("new", Cell.span("一、本年新收政府信息公开申请数量", 3)));
        rows.add(numbers("carried_over", Cell.span("二、上年结转政府信息公开申请数量", 3)));
        boolean firstResult = true;
        for (String[] group : RESULTS) {
            Cell outer = firstResult ? Cell.restart("三、本年度办理结果", 1) : Cell.below(1);
            firstResult = false;
            if (group[2] == null) {
                rows.add(numbers(group[1], outer, Cell.span(group[0], 2)));
                continue;
            }
            for (int i = 1; i < group.length; i += 2) {
                Cell middle = i == 1 ? Cell.restart(group[0], 1) : Cell.below(1);
                rows.add(numbers(group[i], outer, middle, Cell.of(group[i + 1])));
                outer = Cell.below(1);
            }
        }
        rows.add(numbers("result.total", Cell.below(1), Cell.span("（七）总计", 2)));
        rows.add(numbers("carried_forward", Cell.span("四、结转下年度继续办理", 3)));
        table(doc, new int[]{1200, 1300, 2400, 700, 700, 700, 700, 700, 700, 700}, rows);
    }

    private List<Cell> numbers(String row, Cell... labels) {
        List<Cell> r = new ArrayList<>(List.of(labels));
        for (String a : APPLICANTS) r.add(Cell.of(v("requests." + row + "." + a)));
        r.add(Cell.of(v("requests." + row + ".total")));
        return r;
    }

    private void appealsTable(XWPFDocument doc) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.span("行政复议", 5), Cell.span("行政诉讼", 10)));
        List<Cell> second = new ArrayList<>();
        for (String l : OUTCOME_LABELS) second.add(Cell.restart(l, 1));
        second.add(Cell.span("未经复议直接起诉", 5));
        second.add(Cell.span("复议后起诉", 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int i = 0; i < 5; i++) third.add(Cell.below(1));
        for (int g = 0; g < 2; g++) for (String l : OUTCOME_LABELS) third.add(Cell.of(l));
        rows.add(third);
        List<Cell> values = new ArrayList<>();
        for (String g : APPEAL_GROUPS) for (String o : OUTCOMES) values.add(Cell.of(v("appeals." + g + "." + o)));
        rows.add(values);
        int[] widths = new int[15];
        java.util.Arrays.fill(widths, 600);
        table(doc, widths, rows);
    }

    /** Writes a table with a column grid, gridSpan for wide cells and vMerge for merged ones. */
    static XWPFTable table(XWPFDocument doc, int[] columnWidths, List<List<Cell>> rows) {
        XWPFTable t = doc.createTable();
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : columnWidths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        for (List<Cell> cells : rows) {
            XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
            int col = 0;
            for (Cell c : cells) {
                XWPFTableCell cell = row.addNewTableCell();
                String[] paragraphs = c.text().split("\n");
                cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) cell.addParagraph().createRun().setText(paragraphs[i]);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int width = 0;
                for (int i = col; i < col + c.span(); i++) width += columnWidths[i];
                pr.addNewTcW().setW(BigInteger.valueOf(width));
                pr.getTcW().setType(STTblWidth.DXA);
                if (c.span() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                if (c.vMerge() != null) pr.addNewVMerge().setVal(c.vMerge());
                col += c.span();
            }
        }
        t.removeRow(0); // the empty row createTable() starts with
        return t;
    }

    /** Writes the report (plain headings, or numbered with "numbered" as second argument) to a path. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), new WordReport().docx(args.length > 1 && args[1].equals("numbered")));
    }
}
