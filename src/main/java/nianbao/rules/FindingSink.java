package nianbao.rules;

import nianbao.facts.Balance;
import nianbao.facts.CellFact;
import nianbao.findings.Finding;
import nianbao.findings.Location;
import nianbao.findings.Severity;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The global {@code out} of every rule session: rules call it to produce a finding. The rule's id,
 * severity and source come from its own metadata, so no rule repeats them; a severity override of
 * rules/config.yaml applies here.
 */
public final class FindingSink {
    private final Map<String, Severity> overrides;
    private final List<Finding> findings = new ArrayList<>();

    FindingSink(Map<String, Severity> overrides) {
        this.overrides = overrides;
    }

    public void report(RuleContext drools, String message, Location location) {
        add(drools, message, location, null, null);
    }

    /** A finding about cells: located at the first, naming them all. */
    public void cells(RuleContext drools, String message, List<?> collected) {
        List<CellFact> cells = CellFact.inOrder(collected);
        Location loc = cells.get(0).location().withCells(cells.stream().map(CellFact::getKey).toList());
        add(drools, message, loc, null, null);
    }

    /** A finding that compares two numbers (the prose and the table): they travel with it as left and right. */
    public void values(RuleContext drools, String message, Location location, double left, double right) {
        add(drools, message, location, left, right);
    }

    /** A broken identity: the message and the numbers come from the balance itself. */
    public void balance(RuleContext drools, Balance b) {
        add(drools, b.message(), b.location(), b.getLeft(), b.getRight());
    }

    private void add(RuleContext drools, String message, Location location, Double left, Double right) {
        RuleMeta meta = RuleBase.meta(drools.getRule());
        Severity severity = overrides.getOrDefault(meta.id(), meta.severity());
        findings.add(new Finding(meta.id(), severity, message, location, meta.source(), left, right));
    }

    /** A finding made outside a rule (a rule that failed at run time). */
    void add(Finding f) {
        findings.add(f);
    }

    List<Finding> findings() { return findings; }
}
