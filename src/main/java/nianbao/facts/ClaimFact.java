package nianbao.facts;

import nianbao.findings.Location;
import nianbao.findings.Numerals;
import nianbao.parse.Claim;

import java.util.List;

/** A number the prose states ({@link Claim}), as the narrative rules see it. */
public final class ClaimFact {
    private final Claim c;

    private final Integer page, line;

    /** @param page and line: where a reader finds the sentence (line on the page for PDFs) */
    public ClaimFact(Claim c, Integer page, Integer line) {
        this.c = c;
        this.page = page;
        this.line = line;
    }

    public String getKind() { return c.kind(); }
    public String getSubject() { return c.subject(); }
    /**
     * The name of the setting that lists the table figures this claim is held against
     * ("narr-figures-" + subject): a field a rule can join Setting on by equality, which Drools
     * indexes, instead of building the name for every setting.
     */
    public String getFiguresSetting() { return "narr-figures-" + c.subject(); }
    public String getLabel() { return c.label(); }
    public double getValue() { return c.value(); }
    /** The stated share in per cent, or NaN. */
    public double getPercent() { return c.percent(); }
    public List<Double> getParts() { return c.parts(); }
    public double getPartsSum() { return c.parts().stream().mapToDouble(Double::doubleValue).sum(); }
    public boolean isComplete() { return c.complete(); }
    public String getSentence() { return c.sentence(); }
    public int getSection() { return c.section(); }

    /** "第一部分第12行“…”" for messages. */
    public String getWhere() {
        String t = c.sentence();
        int at = Math.max(0, t.indexOf(c.label()));
        int from = Math.max(0, at - 20), to = Math.min(t.length(), at + c.label().length() + 30);
        String quote = (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
        return "第" + Numerals.chinese(c.section()) + "部分" + (page == null ? "" : "第" + page + "页") + "第" + line + "行“" + quote + "”";
    }

    /** The parts as written: "51 + 4 + 2". */
    public String getPartsText() {
        StringBuilder sb = new StringBuilder();
        for (Double p : c.parts()) sb.append(sb.isEmpty() ? "" : " + ").append(Numerals.plain(p));
        return sb.toString();
    }

    public Location location() {
        return new Location(c.section(), null, List.of(), null, null, page, line);
    }

    @Override
    public String toString() { return c.kind() + ":" + c.subject() + "=" + c.value() + (c.parts().isEmpty() ? "" : c.parts()); }
}
