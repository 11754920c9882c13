package nianbao.facts;

import nianbao.findings.Location;

import java.util.List;

/** One of the six sections: found or not, its heading as written and where. */
public final class SectionFact {
    private final int number;
    private final boolean found, canonicalWording;
    private final String heading, canonical;
    private final int line;
    private final Integer page, pageLine;

    /** @param line the document line (orders sections); page and pageLine say where a reader finds it */
    public SectionFact(int number, boolean found, String heading, String canonical, boolean canonicalWording, int line,
                       Integer page, Integer pageLine) {
        this.number = number; this.found = found; this.heading = heading; this.canonical = canonical;
        this.canonicalWording = canonicalWording; this.line = line; this.page = page; this.pageLine = pageLine;
    }

    public int getNumber() { return number; }
    public boolean isFound() { return found; }
    public String getHeading() { return heading; }
    public String getCanonical() { return canonical; }
    public boolean isCanonicalWording() { return canonicalWording; }
    public int getLine() { return line; }

    public Location location() {
        return new Location(number, null, List.of(), null, null, found ? page : null, found ? pageLine : null);
    }
}
