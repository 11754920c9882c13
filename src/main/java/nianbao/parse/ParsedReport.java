package nianbao.parse;

import nianbao.normalize.Repair;
import nianbao.template.Template;

import java.util.List;
import java.util.Map;

/** Everything the parser read from one report: metadata, sections, tables with their cells, repairs, prose and its claims. */
public record ParsedReport(Metadata meta, List<SectionRead> sections, Map<String, TableRead> tables,
                           List<Repair> repairs, Template template, List<ProseLine> prose,
                           List<Claim> claims) {

    /** A line of prose with its section (0 before section 一), for rules that read the text. */
    public record ProseLine(int section, int line, Integer page, String text) {}

    public boolean anyTablePresent() {
        return tables.values().stream().anyMatch(TableRead::present);
    }
}
