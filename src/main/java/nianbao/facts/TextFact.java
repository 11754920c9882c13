package nianbao.facts;

import nianbao.findings.Location;

import java.util.List;

/**
 * A piece of the report's text the rules look at, with its kind: "repair" (a conversion artefact that
 * was repaired: value = count), "period" (a stated statistical period: text = from/to as ISO dates),
 * "year-mention" (a prose sentence that begins with a year: value = the year).
 */
public final class TextFact {
    private final String kind, label, text;
    private final int value, section;
    private final Integer page, line;

    /** @param page and line: where a reader finds it (line on the page for PDFs) */
    public TextFact(String kind, String label, String text, int value, int section, Integer page, Integer line) {
        this.kind = kind; this.label = label; this.text = text; this.value = value; this.section = section;
        this.page = page; this.line = line;
    }

    public String getKind() { return kind; }
    public String getLabel() { return label; }
    public String getText() { return text; }
    public int getValue() { return value; }
    public int getSection() { return section; }

    public Location location() {
        return new Location(section == 0 ? null : section, null, List.of(), null, null, page, line);
    }
}
