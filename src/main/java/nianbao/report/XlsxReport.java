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
 * The reviewer's workbook: 审查意见 (one row a finding), 报告汇总 (one row a report) and 机关汇总
 * (one row an agency). Headers frozen, filters on, severity and verdict coloured. Written with POI's
 * streaming writer so a large batch does not have to fit in memory as a workbook.
 */
public final class XlsxReport {
    static final String FINDINGS = "审查意见";
    static final String REPORTS = "报告汇总";
    static final String AGENCIES = "机关汇总";
    static final String NOT_ASSESSED = "未能评估的规则";
    private static final String[] FINDING_HEADER = {"文件", "机关", "年度", "规则编号", "严重程度", "问题说明", "位置", "依据", "左侧数值", "右侧数值", "差额"};
    private static final int[] FINDING_WIDTH = {40, 28, 8, 26, 10, 80, 30, 36, 10, 10, 10};
    private static final String[] REPORT_HEADER = {"文件", "机关", "年度", "机关类别", "报告格式", "落款日期", "审查结论", "错误", "警告", "提示"};
    private static final int[] REPORT_WIDTH = {40, 28, 8, 12, 10, 12, 12, 8, 8, 8};
    private static final String[] AGENCY_HEADER = {"机关", "报告数", "不合格", "需复核", "通过", "无法评估", "错误", "警告", "提示"};

    private XlsxReport() {}

    public static void write(OutputStream out, List<AuditResult> results) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            findings(wb.createSheet(FINDINGS), styles, results);
            reports(wb.createSheet(REPORTS), styles, results);
            agencies(wb.createSheet(AGENCIES), styles, results);
            notAssessed(wb.createSheet(NOT_ASSESSED), styles, results);
            wb.write(out);
            wb.dispose();
        }
    }

    private static void findings(Sheet sheet, Styles st, List<AuditResult> results) {
        header(sheet, st, FINDING_HEADER, FINDING_WIDTH);
        int n = 1;
        for (AuditResult r : results) {
            for (Finding f : r.findings()) {
                Row row = sheet.createRow(n++);
                set(row, 0, r.file(), null);
                set(row, 1, r.meta() == null ? null : r.meta().agency(), null);
                setNumber(row, 2, r.meta() == null || r.meta().year() == null ? null : r.meta().year().doubleValue());
                set(row, 3, f.rule(), null);
                set(row, 4, f.severity().chinese(), st.severity.get(f.severity()));
                set(row, 5, f.message(), st.wrap);
                set(row, 6, f.location().describe(), null);
                set(row, 7, f.source(), null);
                setNumber(row, 8, f.left());
                setNumber(row, 9, f.right());
                setNumber(row, 10, f.difference());
            }
        }
        finish(sheet, FINDING_HEADER.length, n);
    }

    private static void reports(Sheet sheet, Styles st, List<AuditResult> results) {
        header(sheet, st, REPORT_HEADER, REPORT_WIDTH);
        int n = 1;
        for (AuditResult r : results) {
            Row row = sheet.createRow(n++);
            set(row, 0, r.file(), null);
            set(row, 1, r.meta() == null ? null : r.meta().agency(), null);
            setNumber(row, 2, r.meta() == null || r.meta().year() == null ? null : r.meta().year().doubleValue());
            set(row, 3, r.meta() == null ? null : Kinds.chinese(r.meta().agencyKind()), null);
            set(row, 4, r.meta() == null ? null : r.meta().format(), null);
            set(row, 5, r.meta() == null || r.meta().date() == null ? null : r.meta().date().toString(), null);
            set(row, 6, r.verdict().chinese(), st.verdict.get(r.verdict()));
            for (int i = 0; i < 3; i++) setNumber(row, 7 + i, (double) r.count(Severity.values()[i]));
        }
        finish(sheet, REPORT_HEADER.length, n);
    }

    private static void agencies(Sheet sheet, Styles st, List<AuditResult> results) {
        int[] widths = {30, 8, 8, 8, 8, 10, 8, 8, 8};
        header(sheet, st, AGENCY_HEADER, widths);
        Map<String, long[]> byAgency = new LinkedHashMap<>();
        for (AuditResult r : results) {
            long[] c = byAgency.computeIfAbsent(r.agencyOrFile(), k -> new long[8]);
            c[0]++;
            c[switch (r.verdict()) { case FAIL -> 1; case REVIEW -> 2; case PASS -> 3; case NOT_ASSESSABLE -> 4; }]++;
            for (int i = 0; i < 3; i++) c[5 + i] += r.count(Severity.values()[i]);
        }
        int n = 1;
        for (Map.Entry<String, long[]> e : byAgency.entrySet()) {
            Row row = sheet.createRow(n++);
            set(row, 0, e.getKey(), null);
            for (int i = 0; i < 8; i++) setNumber(row, 1 + i, (double) e.getValue()[i]);
        }
        finish(sheet, AGENCY_HEADER.length, n);
    }

    /** Rules that made no finding because they could not be assessed: not the same as passed. */
    private static void notAssessed(Sheet sheet, Styles st, List<AuditResult> results) {
        String[] head = {"文件", "机关", "规则编号", "未能评估的原因"};
        header(sheet, st, head, new int[]{40, 28, 26, 90});
        int n = 1;
        for (AuditResult r : results) {
            for (var na : r.notAssessed()) {
                Row row = sheet.createRow(n++);
                set(row, 0, r.file(), null);
                set(row, 1, r.meta() == null ? null : r.meta().agency(), null);
                set(row, 2, na.rule(), null);
                set(row, 3, na.reason(), st.wrap);
            }
        }
        finish(sheet, head.length, n);
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
