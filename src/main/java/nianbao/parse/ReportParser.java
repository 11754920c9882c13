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
        Template base = Template.standard();
        boolean flattened = Reflow.isFlattened(doc.lines(), base);
        List<Document.Line> lines = flattened ? Reflow.reflow(doc.lines(), base) : doc.lines();
        String format = MetadataReader.format(lines, base);
        Template template = Template.forFormat(format);
        List<SectionRead> sections = SectionFinder.find(lines, template);
        Map<String, TableRead> tables = new LinkedHashMap<>();
        for (Template.TableDef def : template.tables()) {
            tables.put(def.name(), bestRead(def, region(lines, sections, def), flattened));
        }
        List<Repair> allRepairs = new ArrayList<>(repairs);
        allRepairs.addAll(tableRepairs("单元格分隔符丢失", tables.values(), TableRead::decodedRuns));
        allRepairs.addAll(tableRepairs("行标签与数字分离", tables.values(), TableRead::realignedRows));
        Metadata meta = MetadataReader.read(lines, sections, template, format);
        List<ParsedReport.ProseLine> prose = prose(lines, sections);
        return new ParsedReport(meta, sections, tables, allRepairs, template, prose, ClaimReader.read(prose, sections), lines);
    }

    /**
     * A table is read with its format's definition. In a report of an older format, a table laid out
     * as in the current template is read with the current definition when that finds more of its
     * rows: a 2019-style section 二 does not make a 2021-style section 三 old. A report of the current
     * format is always read with the current definitions, so a missing row stays a finding.
     */
    private static TableRead bestRead(Template.TableDef own, List<Document.Line> region, boolean flattened) {
        TableRead best = read(own, region, flattened);
        List<Template.TableDef> variants = Template.variantsOf(own.name());
        if (variants.get(0) == own) return best;
        for (Template.TableDef other : variants) {
            if (other == own) continue;
            TableRead r = read(other, region, flattened);
            if (rowsFound(r) > rowsFound(best)) best = r;
        }
        return best;
    }

    private static int rowsFound(TableRead t) {
        if (!t.present()) return 0;
        int rows = t.def().rows() != null ? t.def().rows().size() : t.def().groups().size();
        return rows - t.missingRows().size();
    }

    private static TableRead read(Template.TableDef def, List<Document.Line> region, boolean flattened) {
        return def.groups() != null ? TableReader.readGroups(def, region, flattened)
                : TableReader.readRows(def, region, flattened);
    }

    /** What the table reader restored (digit runs, realigned rows), as a repair for TEXT-RENDERING to name. */
    private static List<Repair> tableRepairs(String kind, java.util.Collection<TableRead> tables,
                                             java.util.function.Function<TableRead, List<String>> what) {
        List<String> all = new ArrayList<>();
        Integer line = null;
        for (TableRead t : tables) {
            all.addAll(what.apply(t));
            if (line == null && !what.apply(t).isEmpty()) line = t.line();
        }
        return all.isEmpty() ? List.of() : List.of(new Repair(kind, all.size(), all.get(0), line == null ? 0 : line));
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
            out.add(new ParsedReport.ProseLine(section, l.number(), l.page(), l.pageLine(), l.text()));
        }
        return out;
    }
}
