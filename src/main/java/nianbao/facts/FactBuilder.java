package nianbao.facts;

import nianbao.parse.CellRead;
import nianbao.parse.Metadata;
import nianbao.parse.ParsedReport;
import nianbao.parse.SectionRead;
import nianbao.parse.TableRead;
import nianbao.normalize.Repair;
import nianbao.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Turns a parsed report into the facts a rule session works on. */
public final class FactBuilder {
    private final IdentityEvaluator identities;
    private final Predicate<String> mayMakeRules;

    /** @param mayMakeRules whether a body of this name may make 规章 (from the rule config) */
    public FactBuilder(List<IdentityDef> identities, Predicate<String> mayMakeRules) {
        this.identities = new IdentityEvaluator(identities);
        this.mayMakeRules = mayMakeRules;
    }

    public List<Object> facts(ParsedReport p) {
        List<Object> out = new ArrayList<>();
        Metadata m = p.meta();
        out.add(new ReportFact(m.agency(), m.agencyKind(), m.year(), m.date(), m.dateText(), m.dateSource(),
                at(p, m.dateLine()), m.format(), m.title(), at(p, m.titleLine()), m.titleHasAgency(), m.titleHasYear(),
                m.titleHasName(), m.agency() != null && mayMakeRules.test(m.agency())));
        for (Template.SectionDef def : p.template().sections()) {
            SectionRead s = p.sections().stream().filter(x -> x.number() == def.number()).findFirst().orElse(null);
            out.add(s == null
                    ? new SectionFact(def.number(), false, null, def.heading(), true, 0, null, null)
                    : new SectionFact(def.number(), true, s.heading(), def.heading(), s.canonicalWording(), s.line(),
                            p.place(s.line()).page(), p.place(s.line()).line()));
        }
        List<CellFact> cells = cells(p);
        for (TableRead t : p.tables().values()) {
            out.add(new TableFact(t.name(), t.def().title(), t.section(), t.present(),
                    t.missingRows(), t.feeHeader(), t.page(), t.line()));
        }
        out.addAll(cells);
        out.addAll(identities.evaluate(p.tables(), cells));
        out.addAll(Figure.of(cells));
        out.addAll(SectionText.of(p));
        for (var c : p.claims()) out.add(new ClaimFact(c, p.place(c.line()).page(), p.place(c.line()).line()));
        for (Repair r : p.repairs()) {
            out.add(new TextFact("repair", r.kind(), r.example(), r.count(), 0, p.place(r.firstLine()).page(), p.place(r.firstLine()).line()));
        }
        for (Metadata.Period per : m.periods()) {
            out.add(new TextFact("period", per.from() + "/" + per.to(), per.text(), 0, 0, p.place(per.line()).page(), p.place(per.line()).line()));
        }
        for (Metadata.YearMention y : m.yearMentions()) {
            out.add(new TextFact("year-mention", null, y.text(), y.year(), y.section(), p.place(y.line()).page(), p.place(y.line()).line()));
        }
        return out;
    }

    private static nianbao.findings.Location at(ParsedReport p, Integer line) {
        ParsedReport.Place place = p.place(line);
        return new nianbao.findings.Location(null, null, List.of(), null, null, place.page(), place.line());
    }

    private static List<CellFact> cells(ParsedReport p) {
        return cells(p.tables());
    }

    /** The canonical cells of these tables, in template order. */
    public static List<CellFact> cells(java.util.Map<String, TableRead> tables) {
        List<CellFact> out = new ArrayList<>();
        for (TableRead t : tables.values()) {
            for (Template.CellDef def : t.def().cells()) {
                CellRead c = t.cells().get(def.key());
                out.add(new CellFact(out.size(), def.key(), def.table(), def.row(), def.column(), def.rowLabel(), def.columnLabel(),
                        t.section(), c.state().name(), c.value(), c.raw(), c.page(), c.line()));
            }
        }
        return out;
    }
}
