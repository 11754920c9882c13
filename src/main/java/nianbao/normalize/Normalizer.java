package nianbao.normalize;

import nianbao.extract.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a document's text before parsing: known mojibake, pinyin annotations, traditional script,
 * full-width forms, OCR look-alikes in numbers. Line structure and line numbers are kept, so locations stay true to the
 * original. Every repair is returned so a TEXT-RENDERING finding can name it.
 */
public final class Normalizer {

    /** The normalised document and what was repaired on the way. */
    public record Result(Document document, List<Repair> repairs) {}

    private final MojibakeStep mojibake = new MojibakeStep();
    private final PinyinStep pinyin = new PinyinStep();
    private final WidthStep width = new WidthStep();
    private final LookalikeStep lookalikes = new LookalikeStep();

    public Result normalize(Document doc) {
        RepairTally tally = new RepairTally();
        List<Document.Line> lines = new ArrayList<>(doc.lines().size());
        for (Document.Line l : doc.lines()) {
            String t = mojibake.apply(l.text(), l.number(), tally);
            t = pinyin.apply(t, l.number(), tally);
            lines.add(l.withText(t));
        }
        lines = simplifyIfTraditional(lines, tally);
        List<Document.Line> out = new ArrayList<>(lines.size());
        for (Document.Line l : lines) {
            String t = width.apply(l.text(), l.number(), tally);
            out.add(l.withText(lookalikes.apply(t, l.number(), tally)));
        }
        return new Result(new Document(doc.format(), out), tally.repairs());
    }

    private static List<Document.Line> simplifyIfTraditional(List<Document.Line> lines, RepairTally tally) {
        StringBuilder all = new StringBuilder();
        for (Document.Line l : lines) all.append(l.text()).append('\n');
        if (!TraditionalStep.isTraditional(all.toString())) return lines;
        List<Document.Line> out = new ArrayList<>(lines.size());
        for (Document.Line l : lines) {
            String s = TraditionalStep.mayConvert(l.text()) ? TraditionalStep.toSimplified(l.text()) : l.text();
            int changed = countDifferences(l.text(), s);
            if (changed > 0) tally.add("繁体字", changed, firstDifference(l.text(), s), l.number());
            out.add(l.withText(s));
        }
        return out;
    }

    /** "開→开": the first character that changed, for the finding's example. */
    private static String firstDifference(String a, String b) {
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) return a.charAt(i) + "→" + b.charAt(i);
        }
        return a.strip();
    }

    private static int countDifferences(String a, String b) {
        if (a.length() != b.length()) return Math.max(1, Math.abs(a.length() - b.length()));
        int n = 0;
        for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) n++;
        return n;
    }
}
