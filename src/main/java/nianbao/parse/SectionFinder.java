package nianbao.parse;

import nianbao.extract.Document;
import nianbao.template.Template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six section headings by their keywords (template data), not by exact wording or
 * numbering. A heading is a short line that starts with a numeral ("四、", "第四部分"). Where a
 * section's heading occurs more than once (a preamble or table of contents that lists the section
 * names), the last occurrence with the expected numeral wins, since the body follows the list.
 */
final class SectionFinder {
    private static final Pattern HEADING = Pattern.compile(
            "^[#*\\s]*(?:([一二三四五六七八九十]{1,2})\\s*[、.．,，]|第([一二三四五六])部分[、:：\\s]*)\\s*(.{2,40}?)[*\\s:：]*$");
    private static final String NUMERALS = "零一二三四五六七八九十";

    private SectionFinder() {}

    /** A line shaped as a heading: its numeral and its title (normalised). */
    private record Candidate(Document.Line line, String numeral, String title) {}

    static List<SectionRead> find(List<Document.Line> lines, Template template) {
        // the heading pattern is tried once per line, not once per line and section
        List<Candidate> candidates = new ArrayList<>();
        for (Document.Line l : lines) {
            if (l.text().contains("\t") || !mayBeHeading(l.text())) continue;
            Matcher m = HEADING.matcher(l.text());
            if (!m.matches()) continue;
            candidates.add(new Candidate(l, m.group(1) != null ? m.group(1) : m.group(2), Labels.norm(m.group(3))));
        }
        List<SectionRead> found = new ArrayList<>();
        for (Template.SectionDef def : template.sections()) {
            SectionRead best = null;
            boolean bestNumeralMatches = false;
            for (Candidate c : candidates) {
                if (!Labels.containsAny(c.title(), def.keywords())) continue;
                Document.Line l = c.line();
                boolean numeralMatches = NUMERALS.indexOf(c.numeral()) == def.number();
                if (best == null || numeralMatches || !bestNumeralMatches) {
                    best = new SectionRead(def.number(), l.text().replaceAll("^[#*\\s]+|[*\\s]+$", ""), def.heading(), l.number(), -1);
                    bestNumeralMatches = numeralMatches;
                }
            }
            if (best != null) found.add(best);
        }
        return withEnds(found, lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number() + 1);
    }

    /**
     * A cheap test the heading pattern implies: after leading "#", "*" and white space the line
     * starts with a Chinese numeral or 第. Lines that fail it cannot match {@link #HEADING}.
     */
    private static boolean mayBeHeading(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '*' || Character.isWhitespace(c)) continue;
            return c == '第' || "一二三四五六七八九十".indexOf(c) >= 0;
        }
        return false;
    }

    private static List<SectionRead> withEnds(List<SectionRead> found, int docEnd) {
        List<SectionRead> byLine = new ArrayList<>(found);
        byLine.sort(Comparator.comparingInt(SectionRead::line));
        List<SectionRead> out = new ArrayList<>();
        for (int i = 0; i < byLine.size(); i++) {
            SectionRead s = byLine.get(i);
            int end = i + 1 < byLine.size() ? byLine.get(i + 1).line() : docEnd;
            out.add(new SectionRead(s.number(), s.heading(), s.canonical(), s.line(), end));
        }
        out.sort(Comparator.comparingInt(SectionRead::number));
        return out;
    }
}
