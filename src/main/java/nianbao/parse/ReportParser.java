package nianbao.parse;

import nianbao.extract.Document;
import nianbao.normalize.Repair;
import nianbao.template.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a normalised document into sections, the three tables under canonical cell keys, and
 * metadata. The template decides what is looked for; this class only decides where.
 */
public final class ReportParser {

    public ParsedReport parse(Document doc, List<Repair> repairs) {
        List<Document.Line> lines = doc.lines();
        Template base = Template.standard();
        String format = MetadataReader.format(lines, base);
        Template template = Template.forFormat(format);
        List<SectionRead> sections = SectionFinder.find(lines, template);
        Map<String, TableRead> tables = new LinkedHashMap<>();
        for (Template.TableDef def : template.tables()) {
            List<Document.Line> region = region(lines, sections, def);
            tables.put(def.name(), def.groups() != null
                    ? TableReader.readGroups(def, region)
                    : TableReader.readRows(def, region));
        }
        Metadata meta = MetadataReader.read(lines, sections, template, format);
        return new ParsedReport(meta, sections, tables, repairs, template, prose(lines, sections));
    }

    /**
     * A table is read from its section; when that heading was not found, from the text between the
     * neighbouring sections that were (or the whole report), where the row labels still find it.
     */
    private static List<Document.Line> region(List<Document.Line> lines, List<SectionRead> sections, Template.TableDef def) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        SectionRead own = sections.stream().filter(s -> s.number() == def.section()).findFirst().orElse(null);
        if (own != null) {
            from = own.line();
            to = own.endLine();
        } else {
            for (SectionRead s : sections) {
                if (s.number() < def.section()) from = Math.max(from, s.endLine() - 1);
                if (s.number() > def.section()) to = Math.min(to, s.line());
            }
            if (from >= to) { from = 0; to = Integer.MAX_VALUE; }
        }
        List<Document.Line> out = new ArrayList<>();
        for (Document.Line l : lines) if (l.number() > from && l.number() < to) out.add(l);
        return out;
    }

    private static List<ParsedReport.ProseLine> prose(List<Document.Line> lines, List<SectionRead> sections) {
        List<ParsedReport.ProseLine> out = new ArrayList<>();
        for (Document.Line l : lines) {
            if (l.text().isBlank()) continue;
            int section = 0;
            for (SectionRead s : sections) if (l.number() >= s.line() && l.number() < s.endLine()) section = s.number();
            out.add(new ParsedReport.ProseLine(section, l.number(), l.page(), l.text()));
        }
        return out;
    }
}
