package nianbao.web;

import nianbao.extract.InputProblem;
import nianbao.extract.TextDecoder;

import nianbao.store.Body;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the office's roster from an xlsx (first sheet) or a csv (UTF-8 or GBK, comma or tab
 * separated): a header row naming the columns 名称, 机关类别, 地区, 上级 (also 机关名称/单位名称,
 * 类别, 区域, 上级机关), then one body a row. The kind of body is 部门, 政府 or 乡镇街道 (or the
 * template's department / government / township). Any row in error refuses the whole file, with
 * every error by row, so a half-read roster never replaces the old one.
 */
final class RosterImport {

    /** The file could not be read as a roster; the problems, one a line, in Chinese. */
    static final class Problem extends Exception {
        final List<String> problems;

        Problem(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }
    }

    private RosterImport() {}

    static List<Body> read(String fileName, byte[] bytes) throws Problem {
        boolean xlsx = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K';
        List<List<String>> rows = xlsx ? xlsxRows(bytes) : csvRows(text(bytes));
        return bodies(rows);
    }

    static List<Body> bodies(List<List<String>> rows) throws Problem {
        int header = -1, name = -1, kind = -1, region = -1, parent = -1;
        for (int r = 0; r < Math.min(rows.size(), 10) && header < 0; r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String h = row.get(c).replaceAll("[\\s\\u3000]", "");
                if (name < 0 && (h.equals("名称") || h.equals("机关名称") || h.equals("单位名称") || h.equals("机关"))) name = c;
                else if (kind < 0 && (h.equals("机关类别") || h.equals("类别") || h.equals("机关类型") || h.equals("类型"))) kind = c;
                else if (region < 0 && (h.equals("地区") || h.equals("区域") || h.equals("行政区划"))) region = c;
                else if (parent < 0 && (h.equals("上级") || h.equals("上级机关") || h.equals("上级单位") || h.equals("主管部门"))) parent = c;
            }
            if (name >= 0 && kind >= 0) header = r;
            else { name = kind = region = parent = -1; }
        }
        if (header < 0) {
            throw new Problem(List.of("没有找到表头：名单的第一行应为列名“名称、机关类别、地区、上级”（至少要有“名称”和“机关类别”）。"));
        }
        List<Body> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String n = cell(row, name);
            if (n.isEmpty()) continue;
            String k = kind(cell(row, kind));
            if (k == null) {
                problems.add("第" + (r + 1) + "行（" + n + "）：机关类别“" + cell(row, kind) + "”无法识别，应为 部门、政府 或 乡镇街道。");
                continue;
            }
            String key = Names.key(n);
            if (!seen.add(key)) {
                problems.add("第" + (r + 1) + "行（" + n + "）：与前面的机关重名。");
                continue;
            }
            out.add(new Body(0, n, key, k, emptyToNull(cell(row, region)), emptyToNull(cell(row, parent))));
        }
        if (!problems.isEmpty()) throw new Problem(problems);
        if (out.isEmpty()) throw new Problem(List.of("名单中没有任何机关（表头以下没有填写名称的行）。"));
        return out;
    }

    /** department, government or township; null when the text is none of them. */
    static String kind(String text) {
        String t = text.replaceAll("[\\s\\u3000、，,/]", "").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "部门", "政府部门", "工作部门", "department" -> "department";
            case "政府", "人民政府", "government" -> "government";
            case "乡镇街道", "乡镇", "街道", "乡", "镇", "township" -> "township";
            default -> null;
        };
    }

    private static String cell(List<String> row, int c) {
        return c < 0 || c >= row.size() || row.get(c) == null ? "" : row.get(c).strip();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static List<List<String>> xlsxRows(byte[] bytes) throws Problem {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum() && r < 100_000; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (Exception e) {
            throw new Problem(List.of("无法读取该 Excel 文件（" + e.getClass().getSimpleName() + "）：请确认是 .xlsx 格式的名单。"));
        }
    }

    /** A csv's text in whatever encoding the reports' own text may be in (UTF-8, GBK, UTF-16 as Excel's "Unicode text"…). */
    private static String text(byte[] bytes) throws Problem {
        try {
            return TextDecoder.decode(bytes).text();
        } catch (InputProblem p) {
            throw new Problem(List.of("无法读取名单：" + p.getMessage() + "（名单应为 .xlsx 或 .csv 文件）"));
        }
    }

    /** Rows of a csv: comma (or tab) separated, fields in double quotes may hold separators, quotes ("") and line ends. */
    static List<List<String>> csvRows(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char sep = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.append(ch);
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == sep || ch == '，' && sep == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
