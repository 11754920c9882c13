package nianbao.extract;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/** The automatic list labels of a .docx: the paragraph's own numbering, else its style's. */
final class DocxNumbering {
    private final XWPFDocument doc;
    private final XWPFNumbering numbering;
    private final ListNumbers counters = new ListNumbers();

    DocxNumbering(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = doc.getNumbering();
    }

    String label(XWPFParagraph p) {
        if (numbering == null) return "";
        try {
            return resolve(p);
        } catch (RuntimeException e) {
            return ""; // numbering the file does not define completely: the text is still there
        }
    }

    private String resolve(XWPFParagraph p) {
        CTNumPr numPr = numPr(p);
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null) return "";
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
        if (abs == null) return "";
        Map<Integer, CTLvl> lvls = new HashMap<>();
        for (CTLvl l : abs.getCTAbstractNum().getLvlList()) lvls.put(l.getIlvl().intValue(), l);
        Map<Integer, Integer> starts = new HashMap<>();
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.isSetStartOverride()) starts.put(o.getIlvl().intValue(), o.getStartOverride().getVal().intValue());
        }
        // A num that restarts its list counts on its own; otherwise nums of one abstract list count together.
        Object listId = starts.isEmpty() ? "abstract " + abstractId : "num " + numId;
        return counters.next(listId, level, new Levels(lvls, starts));
    }

    private CTNumPr numPr(XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) return p.getCTP().getPPr().getNumPr();
        String styleId = p.getStyleID();
        for (int depth = 0; styleId != null && doc.getStyles() != null && depth < 10; depth++) {
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            if (style == null) return null;
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private record Levels(Map<Integer, CTLvl> lvls, Map<Integer, Integer> starts) implements ListNumbers.Levels {
        @Override public String pattern(int level) {
            CTLvl l = lvls.get(level);
            return l == null || l.getLvlText() == null ? null : l.getLvlText().getVal();
        }

        @Override public String format(int level) {
            CTLvl l = lvls.get(level);
            return l == null || l.getNumFmt() == null ? null : l.getNumFmt().getVal().toString();
        }

        @Override public int start(int level) {
            if (starts.containsKey(level)) return starts.get(level);
            CTLvl l = lvls.get(level);
            return l == null || l.getStart() == null ? 1 : l.getStart().getVal().intValue();
        }
    }
}
