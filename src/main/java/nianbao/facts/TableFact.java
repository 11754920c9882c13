package nianbao.facts;

import nianbao.findings.Location;

import java.util.List;

/** One of the three tables: found or not, the rows (or groups) it lacks, the fee column header. */
public final class TableFact {
    private final String name, title, feeHeader;
    private final int section;
    private final boolean present;
    private final List<String> missingRows;
    private final Integer page, line;

    public TableFact(String name, String title, int section, boolean present, List<String> missingRows,
                     String feeHeader, Integer page, Integer line) {
        this.name = name; this.title = title; this.section = section; this.present = present;
        this.missingRows = List.copyOf(missingRows); this.feeHeader = feeHeader; this.page = page; this.line = line;
    }

    public String getName() { return name; }
    public String getTitle() { return title; }
    public int getSection() { return section; }
    public boolean isPresent() { return present; }
    public List<String> getMissingRows() { return missingRows; }
    public String getFeeHeader() { return feeHeader; }

    public Location location() {
        return new Location(section, name, List.of(), null, null, page, line);
    }
}
