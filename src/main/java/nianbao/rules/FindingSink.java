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
 * rules/config.yaml applies here. {@code drools} is the rule's context: a {@link RuleContext} both when
 * the rules are compiled by drools-mvel (a KnowledgeHelper) and in the executable model (a DroolsImpl, which
 * the generated code passes as {@code org.drools.model.Drools}), hence the parameter type Object.
 */
public final class FindingSink {
    private final Map<String, Severity> overrides;
    private final List<Finding> findings = new ArrayList<>();

    FindingSink(Map<String, Severity> overrides) {
        this.overrides = overrides;
    }

    public void report(Object drools, String message, Location location) {
        add(drools, message, location, null, null);
    }

    /** A finding about cells: located at the first, naming them all. */
    public void cells(Object drools, String message, List<?> collected) {
        List<CellFact> cells = CellFact.inOrder(collected);
        Location loc = cells.get(0).location().withCells(cells.stream().map(CellFact::getKey).toList());
        add(drools, message, loc, null, null);
    }

    /** A finding that compares two numbers (the prose and the table): they travel with it as left and right. */
    public void values(Object drools, String message, Location location, double left, double right) {
        add(drools, message, location, left, right);
    }

    /** A broken identity: the message and the numbers come from the balance itself. */
    public void balance(Object drools, Balance b) {
        add(drools, b.message(), b.location(), b.getLeft(), b.getRight());
    }

    private void add(Object drools, String message, Location location, Double left, Double right) {
        RuleMeta meta = RuleBase.meta(((RuleContext) drools).getRule());
        Severity severity = overrides.getOrDefault(meta.id(), meta.severity());
        findings.add(new Finding(meta.id(), severity, message, location, meta.source(), left, right));
    }

    /** A finding made outside a rule (a rule that failed at run time). */
    void add(Finding f) {
        findings.add(f);
    }

    List<Finding> findings() { return findings; }
}
