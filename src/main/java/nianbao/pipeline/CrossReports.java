package nianbao.pipeline;

import nianbao.facts.CrossFacts;
import nianbao.facts.CrossText;
import nianbao.facts.SectionText;
import nianbao.facts.Similarity;
import nianbao.findings.Finding;
import nianbao.findings.NotAssessed;
import nianbao.rules.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The second phase of a batch: rules that need another report of the batch. Partners of a report:
 * the same agency's report of the year before (agency names compared by
 * {@link nianbao.parse.Metadata#agencyKey}: white space, width, punctuation, 人民政府 written 政府; same
 * kind of body) — carry-over, in-force roll, duplicate text, same data — and the reports of other
 * agencies — copied text (see {@link CrossIndex} for how texts are compared). For each report with a
 * partner the rule base runs once more over the cross facts only; the findings are added to the
 * report's result and its verdict recomputed. Results keep the batch order; the same batch gives
 * the same findings.
 */
public final class CrossReports {
    private static final Logger LOG = LoggerFactory.getLogger(CrossReports.class);

    private CrossReports() {}

    /** Where reports of earlier years come from when the batch has none: the workspace's archive. */
    @FunctionalInterface
    public interface PriorSource {
        PriorSource NONE = r -> null;

        /** The agency's audited report of the year before {@code report}'s, with its tables and texts, or null. */
        AuditResult priorOf(AuditResult report);
    }

    /** What the batch-level rules add to one report. */
    public record Added(List<Finding> findings, List<NotAssessed> notAssessed) {
        public AuditResult to(AuditResult r) {
            return r.withMore(findings, notAssessed);
        }
    }

    /** The year-on-year rules, not assessable without the agency's report of the year before. */
    static final List<NotAssessed> NO_PRIOR = noPrior("本批次中没有该机关上一年度的报告，无法比对（如有，请一并审查）");
    static final List<NotAssessed> NO_PRIOR_IN_ARCHIVE = noPrior("本批次和审查档案中都没有该机关上一年度的报告，无法比对（如有，请上传）");

    private static List<NotAssessed> noPrior(String reason) {
        return java.util.stream.Stream.of("XY-CARRYOVER", "XY-IN-FORCE-ROLL", "XY-DUPLICATE-TEXT", "XY-SAME-DATA")
                .map(id -> new NotAssessed(id, reason)).toList();
    }

    /** The batch with the findings of the batch-level rules added, in the same order. */
    public static List<AuditResult> run(RuleBase rules, List<AuditResult> batch) {
        return run(rules, batch, PriorSource.NONE);
    }

    /**
     * As {@link #run(RuleBase, List)}, taking the year before from {@code priors} for the reports whose
     * prior is not in the batch. Reports from {@code priors} serve the year-on-year rules only.
     */
    public static List<AuditResult> run(RuleBase rules, List<AuditResult> batch, PriorSource priors) {
        CrossIndex index = new CrossIndex(rules.config().settings());
        List<AuditResult> all = new ArrayList<>(batch);
        for (int i = 0; i < batch.size(); i++) index.add(i, batch.get(i), true);
        Map<Integer, CrossIndex.Entry> inBatch = index.priors();
        for (int i = 0; i < batch.size(); i++) {
            AuditResult r = batch.get(i);
            if (!CrossIndex.usable(r) || inBatch.containsKey(i)) continue;
            AuditResult p = priors.priorOf(r);
            if (p == null || !CrossIndex.usable(p)) continue;
            index.add(all.size(), p, false);
            all.add(p);
        }
        Map<Integer, Added> added = added(rules, index, all::get, priors == PriorSource.NONE ? NO_PRIOR : NO_PRIOR_IN_ARCHIVE);
        List<AuditResult> out = new ArrayList<>(batch);
        added.forEach((i, a) -> out.set(i, a.to(batch.get(i))));
        return out;
    }

    /**
     * What the batch-level rules add to each usable member of {@code index}, by batch index.
     * {@code full} gives a report with its tables and prose; it is asked only for reports that have a
     * prior-year partner, and for their partners.
     */
    public static Map<Integer, Added> added(RuleBase rules, CrossIndex index, IntFunction<AuditResult> full) {
        return added(rules, index, full, NO_PRIOR);
    }

    /** As above; {@code noPrior}: what is said of the year-on-year rules for a report without a prior. */
    static Map<Integer, Added> added(RuleBase rules, CrossIndex index, IntFunction<AuditResult> full, List<NotAssessed> noPrior) {
        Map<Integer, CrossIndex.Entry> priors = index.priors();
        Map<Integer, List<Object>> facts = facts(rules, index, priors, full);
        Map<Integer, Added> out = new TreeMap<>();
        for (CrossIndex.Entry e : index.entries()) {
            if (!e.member()) continue;
            List<Finding> more = facts.containsKey(e.index()) ? rules.run(facts.get(e.index())) : List.of();
            if (!more.isEmpty()) LOG.info("{}: {} finding(s) across reports", e.file(), more.size());
            out.put(e.index(), new Added(more, priors.containsKey(e.index()) ? List.of() : noPrior));
        }
        return out;
    }

    /** The cross facts of each member that has a partner, by its index in the batch (in batch order). */
    private static Map<Integer, List<Object>> facts(RuleBase rules, CrossIndex index, Map<Integer, CrossIndex.Entry> priors,
                                                    IntFunction<AuditResult> full) {
        Map<Integer, List<Object>> facts = new TreeMap<>();
        CrossFacts cross = new CrossFacts(rules.config().identities());
        Map<Integer, AuditResult> read = new HashMap<>();
        for (Map.Entry<Integer, CrossIndex.Entry> pair : priors.entrySet()) {
            CrossIndex.Entry p = pair.getValue();
            CrossIndex.Entry e = index.entry(pair.getKey());
            AuditResult r = read.computeIfAbsent(e.index(), full::apply), pr = read.computeIfAbsent(p.index(), full::apply);
            List<Object> f = facts.computeIfAbsent(e.index(), k -> new ArrayList<>());
            f.addAll(cross.withPrior(r.tables(), pr.tables(), p.file(), p.year()));
            for (SectionText s : r.texts()) f.add(new CrossText(s));
            for (int section : CrossIndex.SECTIONS) {
                Double ratio = index.similarity(e, p, section);
                if (ratio != null) f.add(new Similarity("prior", section, ratio, p.file(), p.agency(), p.year(), e.location(section)));
            }
            read.keySet().removeIf(i -> i < e.index() && i != p.index()); // partners come in batch order
        }
        for (CrossIndex.Pair pair : index.similarPairs()) {
            CrossIndex.Entry a = pair.a(), b = pair.b();
            facts.computeIfAbsent(a.index(), k -> new ArrayList<>()).add(new Similarity("agency", pair.section(),
                    pair.ratio(), b.file(), b.agency(), b.year(), a.location(pair.section())));
            facts.computeIfAbsent(b.index(), k -> new ArrayList<>()).add(new Similarity("agency", pair.section(),
                    pair.ratio(), a.file(), a.agency(), a.year(), b.location(pair.section())));
        }
        return facts;
    }
}
