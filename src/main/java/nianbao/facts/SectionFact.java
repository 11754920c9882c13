package nianbao.facts;

import nianbao.findings.Location;

import java.util.List;

/** One of the six sections: found or not, its heading as written and where. */
public final class SectionFact {
    private final int number;
    private final boolean found, canonicalWording;
    private final String heading, canonical;
    private final int line;

    public SectionFact(int number, boolean found, String heading, String canonical, boolean canonicalWording, int line) {
        this.number = number; this.found = found; this.heading = heading; this.canonical = canonical;
        this.canonicalWording = canonicalWording; this.line = line;
    }

    public int getNumber() { return number; }
    public boolean isFound() { return found; }
    public String getHeading() { return heading; }
    public String getCanonical() { return canonical; }
    public boolean isCanonicalWording() { return canonicalWording; }
    public int getLine() { return line; }

    public Location location() {
        return new Location(number, null, List.of(), null, null, null, found ? line : null);
    }
}
