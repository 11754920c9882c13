package nianbao.report;

import nianbao.findings.Finding;
import nianbao.findings.Severity;
import nianbao.findings.Verdict;
import nianbao.pipeline.AuditResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's workbook: 审查意见 (one row a finding, with the reviewers' decisions when there are
 * any), 报告汇总 (one row a report), 机关汇总 (one row an agency) and 未能评估的规则. Headers frozen,
 * filters on, severity and verdict coloured. Results are added one at a time and written with POI's
 * streaming writer, so a batch of any size needs memory only for the agency summary.
 */
public final class XlsxReport implements AutoCloseable {
    static final String FINDINGS = "审查意见";
    static final String REPORTS = "报告汇总";
    static final String AGENCIES = "机关汇总";
    static final String NOT_ASSESSED = "未能评估的规则";
    private static final String[] FINDING_HEADER = {"文件", "机关", "年度", "规则编号", "严重程度", "问题说明", "位置", "依据", "左侧数值", "右侧数值", "差额"};
    private static final int[] FINDING_WIDTH = {40, 28, 8, 26, 10, 80, 30, 36, 10, 10, 10};
    private static final String[] REVIEW_HEADER = {"审查结论", "审查说明", "与上次审查相比"};
    private static final int[] REVIEW_WIDTH = {10, 40, 14};
    private static final String[] REPORT_HEADER = {"文件", "机关", "年度", "机关类别", "报告格式", "落款日期", "审查结论", "错误", "警告", "提示"};
    private static final int[] REPORT_WIDTH = {40, 28, 8, 12, 10, 12, 12, 8, 8, 8};
    private static final String[] AGENCY_HEADER = {"机关", "报告数", "不合格", "需复核", "通过", "无法评估", "错误", "警告", "提示"};
    private static final int[] AGENCY_WIDTH = {30, 8, 8, 8, 8, 10, 8, 8, 8};
    private static final String[] NOT_ASSESSED_HEADER = {"文件", "机关", "规则编号", "未能评估的原因"};
    private static final int[] NOT_ASSESSED_WIDTH = {40, 28, 26, 90};

    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final Styles st = new Styles(wb);
    private final Reviews reviews;
    private final Sheet findings, reports, agencies, notAssessed;
    private int findingRows = 1, reportRows = 1, notAssessedRows = 1;
    /** Per agency: reports, the four verdicts, the three severities. Small: one entry an agency. */
    private final Map<String, long[]> byAgency = new LinkedHashMap<>();

    /** A workbook to which results are added one by one; rows go to disk as they come (POI's streaming writer). */
    public XlsxReport(Reviews reviews) {
        this.reviews = reviews == null ? Reviews.NONE : reviews;
        findings = wb.createSheet(FINDINGS);
        reports = wb.createSheet(REPORTS);
        agencies = wb.createSheet(AGENCIES);
        notAssessed = wb.createSheet(NOT_ASSESSED);
        boolean reviewed = this.reviews != Reviews.NONE;
        header(findings, st, reviewed ? concat(FINDING_HEADER, REVIEW_HEADER) : FINDING_HEADER,
                reviewed ? concat(FINDING_WIDTH, REVIEW_WIDTH) : FINDING_WIDTH);
        header(reports, st, REPORT_HEADER, REPORT_WIDTH);
        header(agencies, st, AGENCY_HEADER, AGENCY_WIDTH);
        header(notAssessed, st, NOT_ASSESSED_HEADER, NOT_ASSESSED_WIDTH);
    }

    public static void write(OutputStream out, List<AuditResult> results) throws IOException {
        write(out, results, Reviews.NONE);
    }

    public static void write(OutputStream out, List<AuditResult> results, Reviews reviews) throws IOException {
        try (XlsxReport x = new XlsxReport(reviews)) {
            for (AuditResult r : results) x.add(r);
            x.finish(out);
        }
    }

    public void add(AuditResult r) {
        for (Finding f : r.findings()) finding(r, f);
        report(r);
        count(r);
        for (var na : r.notAssessed()) {
            Row row = notAssessed.createRow(notAssessedRows++);
            set(row, 0, r.file(), null);
            set(row, 1, agency(r), null);
            set(row, 2, na.rule(), null);
            set(row, 3, na.reason(), st.wrap);
        }
    }

    /** Writes the agency summary, filters and frozen headers, then the workbook to {@code out}. */
    public void finish(OutputStream out) throws IOException {
        int n = 1;
        for (Map.Entry<String, long[]> e : byAgency.entrySet()) {
            Row row = agencies.createRow(n++);
            set(row, 0, e.getKey(), null);
            for (int i = 0; i < 8; i++) setNumber(row, 1 + i, (double) e.getValue()[i]);
        }
        int findingColumns = FINDING_HEADER.length + (reviews == Reviews.NONE ? 0 : REVIEW_HEADER.length);
        finish(findings, findingColumns, findingRows);
        finish(reports, REPORT_HEADER.length, reportRows);
        finish(agencies, AGENCY_HEADER.length, n);
        finish(notAssessed, NOT_ASSESSED_HEADER.length, notAssessedRows);
        wb.write(out);
    }

    @Override
    public void close() throws IOException {
        wb.close();
        wb.dispose(); // the temporary files of the streaming writer
    }

    private void finding(AuditResult r, Finding f) {
        Row row = findings.createRow(findingRows++);
        set(row, 0, r.file(), null);
        set(row, 1, agency(r), null);
        setNumber(row, 2, r.meta() == null || r.meta().year() == null ? null : r.meta().year().doubleValue());
        set(row, 3, f.rule(), null);
        set(row, 4, f.severity().chinese(), st.severity.get(f.severity()));
        set(row, 5, f.message(), st.wrap);
        set(row, 6, f.location().describe(), null);
        set(row, 7, f.source(), null);
        setNumber(row, 8, f.left());
        setNumber(row, 9, f.right());
        setNumber(row, 10, f.difference());
        Reviews.Review review = reviews.of(r, f);
        if (review != null) {
            set(row, 11, review.decision(), null);
            set(row, 12, review.comment(), st.wrap);
            set(row, 13, review.change(), null);
        }
    }

    private void report(AuditResult r) {
        Row row = reports.createRow(reportRows++);
        set(row, 0, r.file(), null);
        set(row, 1, agency(r), null);
        setNumber(row, 2, r.meta() == null || r.meta().year() == null ? null : r.meta().year().doubleValue());
        set(row, 3, r.meta() == null ? null : Kinds.chinese(r.meta().agencyKind()), null);
        set(row, 4, r.meta() == null ? null : r.meta().format(), null);
        set(row, 5, r.meta() == null || r.meta().date() == null ? null : r.meta().date().toString(), null);
        set(row, 6, r.verdict().chinese(), st.verdict.get(r.verdict()));
        for (int i = 0; i < 3; i++) setNumber(row, 7 + i, (double) r.count(Severity.values()[i]));
    }

    private void count(AuditResult r) {
        long[] c = byAgency.computeIfAbsent(r.agencyOrFile(), k -> new long[8]);
        c[0]++;
        c[switch (r.verdict()) { case FAIL -> 1; case REVIEW -> 2; case PASS -> 3; case NOT_ASSESSABLE -> 4; }]++;
        for (int i = 0; i < 3; i++) c[5 + i] += r.count(Severity.values()[i]);
    }

    private static String agency(AuditResult r) {
        return r.meta() == null ? null : r.meta().agency();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void header(Sheet sheet, Styles st, String[] names, int[] widths) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            set(h, i, names[i], st.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static void finish(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    private static void set(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        if (value != null) cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    private static void setNumber(Row row, int col, Double value) {
        if (value != null) row.createCell(col).setCellValue(value);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle wrap;
        final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
        final Map<Verdict, CellStyle> verdict = new EnumMap<>(Verdict.class);

        Styles(SXSSFWorkbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            severity.put(Severity.ERROR, fill(wb, IndexedColors.ROSE));
            severity.put(Severity.WARNING, fill(wb, IndexedColors.LIGHT_YELLOW));
            severity.put(Severity.INFO, fill(wb, IndexedColors.LIGHT_TURQUOISE));
            verdict.put(Verdict.FAIL, severity.get(Severity.ERROR));
            verdict.put(Verdict.REVIEW, severity.get(Severity.WARNING));
            verdict.put(Verdict.PASS, fill(wb, IndexedColors.LIGHT_GREEN));
            verdict.put(Verdict.NOT_ASSESSABLE, fill(wb, IndexedColors.GREY_25_PERCENT));
        }

        private static CellStyle fill(SXSSFWorkbook wb, IndexedColors color) {
            CellStyle s = wb.createCellStyle();
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }
}
