package nianbao.parse;

import nianbao.extract.Document;
import nianbao.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crawled text that lost its line breaks: the whole report on a few very long lines. Such a line is
 * cut before and after each numbered section heading ("二、主动公开政府信息情况"), so sections can be
 * found as in any other text. The pieces keep the original line number for display.
 */
final class Reflow {
    /** A line this long that holds section headings is a flattened report. */
    private static final int LONG_LINE = 300;

    private Reflow() {}

    static boolean isFlattened(List<Document.Line> lines, Template template) {
        for (Document.Line l : lines) {
            if (l.text().length() > LONG_LINE && headings(l.text(), template).size() >= 2) return true;
        }
        return false;
    }

    static List<Document.Line> reflow(List<Document.Line> lines, Template template) {
        List<Document.Line> out = new ArrayList<>();
        for (Document.Line l : lines) {
            String t = l.text();
            List<int[]> cuts = t.length() > LONG_LINE ? headings(t, template) : List.of();
            int from = 0;
            for (int[] c : cuts) {
                add(out, t.substring(from, c[0]), l);
                add(out, t.substring(c[0], c[1]), l);
                from = c[1];
            }
            add(out, t.substring(from), l);
        }
        return out;
    }

    private static void add(List<Document.Line> out, String text, Document.Line original) {
        if (text.isBlank()) return;
        out.add(new Document.Line(text.strip(), original.page(), out.size() + 1, original.pageLine()));
    }

    /** Start and end of each "N、<heading>" in the text, the heading as the template writes it. */
    private static List<int[]> headings(String text, Template template) {
        List<int[]> out = new ArrayList<>();
        for (Template.SectionDef s : template.sections()) {
            Matcher m = Pattern.compile("[一二三四五六]\\s*、\\s*(?:政府信息公开工作)?" + Pattern.quote(s.heading())).matcher(text);
            while (m.find()) out.add(new int[]{m.start(), m.end()});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }
}
