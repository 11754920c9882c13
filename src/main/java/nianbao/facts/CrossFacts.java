package nianbao.facts;

import nianbao.parse.TableRead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Facts that compare a report with the same agency's report of the year before: the identities of
 * rules/identities.yaml whose keys name the prior report ({@code prior.requests.carried_forward.{c}}),
 * evaluated over this report's cells plus the prior report's cells under that prefix, and the
 * comparison of the request and appeal figures.
 */
public final class CrossFacts {
    private final IdentityEvaluator identities;

    public CrossFacts(List<IdentityDef> identities) {
        this.identities = new IdentityEvaluator(identities);
    }

    public List<Object> withPrior(Map<String, TableRead> current, Map<String, TableRead> prior, String priorFile,
                                  Integer priorYear) {
        List<CellFact> now = FactBuilder.cells(current);
        List<CellFact> before = FactBuilder.cells(prior);
        List<CellFact> all = new ArrayList<>(now);
        String label = priorYear == null ? "上年报告" : priorYear + "年报告";
        for (CellFact c : before) {
            all.add(new CellFact(c.getOrder(), IdentityDef.PRIOR + c.getKey(), c.getTable(), c.getRow(), c.getColumn(),
                    label + c.getRowLabel(), label + c.getColumnLabel(), c.getSection(), c.getState(),
                    c.isKnown() ? c.getValue() : null, c.getRaw(), c.getPage(), c.getLine()));
        }
        List<Object> out = new ArrayList<>(identities.evaluate(current, all, true));
        out.add(DataComparison.of(now, before, priorFile, priorYear));
        return out;
    }
}
