package nianbao.parse;

import nianbao.extract.Document;
import nianbao.normalize.Repair;
import nianbao.template.Template;

import java.util.List;
import java.util.Map;

/** Everything the parser read from one report: metadata, sections, tables with their cells, repairs, prose and its claims. */
public record ParsedReport(Metadata meta, List<SectionRead> sections, Map<String, TableRead> tables,
                           List<Repair> repairs, Template template, List<ProseLine> prose,
                           List<Claim> claims, List<Document.Line> lines) {

    /** Where a document line is for a reader: its page (null outside PDFs) and its line there. */
    public record Place(Integer page, Integer line) {}

    /** The place of the document line with this number (as sections and metadata record them). */
    public Place place(Integer number) {
        if (number == null) return new Place(null, null);
        for (Document.Line l : lines) if (l.number() == number) return new Place(l.page(), l.pageLine());
        return new Place(null, number);
    }

    /** A line of prose with its section (0 before section 一), for rules that read the text. */
    /** @param line orders lines; page and pageLine say where a reader finds it (line on the page for PDFs) */
    public record ProseLine(int section, int line, Integer page, int pageLine, String text) {}

    public boolean anyTablePresent() {
        return tables.values().stream().anyMatch(TableRead::present);
    }
}
