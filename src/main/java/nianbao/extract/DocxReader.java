package nianbao.extract;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The body of a .docx (XWPF) as lines: paragraphs and tables in document order. */
final class DocxReader {
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");

    private final DocxNumbering numbering;
    private final List<String> out = new ArrayList<>();

    private DocxReader(XWPFDocument doc) {
        this.numbering = new DocxNumbering(doc);
    }

    static List<String> read(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxReader reader = new DocxReader(doc);
            for (IBodyElement e : doc.getBodyElements()) reader.element(e);
            return reader.out;
        }
    }

    private void element(IBodyElement e) {
        if (e instanceof XWPFParagraph p) WordText.addLines(text(p), out);
        else if (e instanceof XWPFTable t && isFrame(t)) frameContent(t);
        else if (e instanceof XWPFTable t) out.addAll(table(t));
        else if (e instanceof XWPFSDT sdt) WordText.addLines(sdt.getContent().getText(), out);
    }

    /**
     * A table of one column only frames its content, as when a report copied from a web page sits
     * in a layout table: its cells are read as body, their tables as tables.
     */
    private static boolean isFrame(XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            if (row.getTableICells().size() != 1 || gridBefore(row) > 0) return false;
        }
        return !t.getRows().isEmpty();
    }

    private void frameContent(XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) cell.getBodyElements().forEach(this::element);
        }
    }

    /**
     * The list label and the runs of a paragraph: not tracked deletions, nor the "[footnoteRef:1]"
     * marks and footnote texts that POI's getText() puts into the line.
     */
    private String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder(numbering.label(p));
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run && run.getCTR().sizeOfDelTextArray() == 0) sb.append(run.text());
            else if (r instanceof XWPFSDT sdt) sb.append(sdt.getContent().getText());
        }
        return NOTE_MARK.matcher(sb).replaceAll("");
    }

    private List<String> table(XWPFTable t) {
        WordTable table = new WordTable();
        for (XWPFTableRow row : t.getRows()) {
            table.newRow(gridBefore(row));
            for (ICell c : row.getTableICells()) {
                if (c instanceof XWPFTableCell cell) table.add(cellText(cell), gridSpan(cell), merge(cell));
                else if (c instanceof XWPFSDTCell sdt) table.add(sdt.getContent().getText(), 1, WordTable.Merge.NONE);
            }
        }
        return table.lines();
    }

    /** A cell's paragraphs, and the text of tables nested in it. */
    private String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) parts.add(text(p));
            else if (e instanceof XWPFSDT sdt) parts.add(sdt.getContent().getText());
            else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow r : nested.getRows()) for (XWPFTableCell c : r.getTableCells()) parts.add(cellText(c));
            }
        }
        return WordText.joinCell(parts);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        return pr == null || pr.sizeOfGridBeforeArray() == 0 ? 0 : intValue(pr.getGridBeforeArray(0), 0);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr == null ? 1 : intValue(pr.getGridSpan(), 1);
    }

    private static int intValue(CTDecimalNumber n, int absent) {
        return n == null || n.getVal() == null ? absent : n.getVal().intValue();
    }

    private static WordTable.Merge merge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getVMerge() == null) return WordTable.Merge.NONE;
        // <w:vMerge/> without a value continues the merge above it
        STMerge.Enum val = pr.getVMerge().getVal();
        return val == STMerge.RESTART ? WordTable.Merge.RESTART : WordTable.Merge.CONTINUE;
    }
}
