package nianbao.facts;

import nianbao.findings.Location;
import nianbao.findings.Numerals;

/**
 * How much of a section's prose (一 or 五) is the same as in another report of the batch: the share
 * of character 5-grams the two texts have in common (Jaccard: in both / in either), on normalised
 * text (no white space, punctuation or enumeration, every number as 0) with boilerplate sentences
 * left out. Computed once per pair by the batch phase; {@code kind} is "prior" for the same
 * agency's report of the year before, "agency" for another agency's report.
 */
public final class Similarity {
    private final String kind;
    private final int section;
    private final double ratio;
    private final String otherFile, otherAgency;
    private final Integer otherYear;
    private final Location location;

    public Similarity(String kind, int section, double ratio, String otherFile, String otherAgency, Integer otherYear,
                      Location location) {
        this.kind = kind; this.section = section; this.ratio = ratio;
        this.otherFile = otherFile; this.otherAgency = otherAgency; this.otherYear = otherYear;
        this.location = location;
    }

    public String getKind() { return kind; }
    public int getSection() { return section; }
    public double getRatio() { return ratio; }
    public String getOtherFile() { return otherFile; }
    public String getOtherAgency() { return otherAgency; }
    public Integer getOtherYear() { return otherYear; }
    public Location location() { return location; }

    /** The share in whole percent, rounded down (so 89.6% never reads as 90%). */
    public int getPercent() { return (int) Math.floor(ratio * 100 + 1e-9); }

    /** "第一部分" */
    public String getSectionName() { return "第" + Numerals.chinese(section) + "部分"; }

    /** "青山市林业局 2022 年报告（a.txt）" */
    public String getOther() {
        return (otherAgency == null ? "" : otherAgency + " ") + (otherYear == null ? "" : otherYear + " 年")
                + "报告（" + otherFile + "）";
    }

    @Override
    public String toString() { return kind + " §" + section + " " + getPercent() + "% " + otherFile; }
}
