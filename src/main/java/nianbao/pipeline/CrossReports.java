package nianbao.pipeline;

import nianbao.facts.CrossFacts;
import nianbao.facts.CrossText;
import nianbao.facts.SectionText;
import nianbao.facts.Setting;
import nianbao.facts.Similarity;
import nianbao.findings.Finding;
import nianbao.findings.NotAssessed;
import nianbao.findings.Verdict;
import nianbao.rules.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second phase of a batch: rules that need another report of the batch. Partners of a report:
 * the same agency's report of the year before (agency names compared without white space, same
 * kind of body) — carry-over, in-force roll, duplicate text, same data — and the reports of other
 * agencies — copied text. For each report with a partner the rule base runs once more over the
 * cross facts only; the findings are added to the report's result and its verdict recomputed.
 * Results keep the batch order; the same batch gives the same findings.
 *
 * <p>Text similarity: sections 一 and 五 are cut into sentences (at line ends and 。！？；), each
 * normalised (white space, punctuation and a leading enumeration removed, every number as 0).
 * Boilerplate sentences do not count: those of the setting {@code copy-template-sentences}, and
 * those found in the same section of at least {@code copy-boilerplate-share} of the batch's agencies
 * (and of at least {@code copy-boilerplate-min-reports} of them). The rest is cut into character
 * 5-grams; the similarity of two texts is the share of 5-grams they have in common (in both / in
 * either). A text with fewer than {@code copy-min-chars} characters left is not compared.
 */
public final class CrossReports {
    private static final Logger LOG = LoggerFactory.getLogger(CrossReports.class);
    static final int[] SECTIONS = {1, 5};
    private static final int N = 5;
    private static final Pattern ENUMERATION = Pattern.compile("^[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．]");
    private static final Pattern NOT_TEXT = Pattern.compile("[\\s\\u3000\\p{P}\\p{S}]");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private CrossReports() {}

    /** Where reports of earlier years come from when the batch has none: the workspace's archive. */
    @FunctionalInterface
    public interface PriorSource {
        PriorSource NONE = r -> null;

        /** The agency's audited report of the year before {@code report}'s, with its tables and texts, or null. */
        AuditResult priorOf(AuditResult report);
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
        List<AuditResult> all = new ArrayList<>(batch);
        for (AuditResult r : batch) {
            if (!usable(r) || hasPrior(all, r)) continue;
            AuditResult p = priors.priorOf(r);
            if (p != null && usable(p)) all.add(p);
        }
        List<AuditResult> out = new ArrayList<>(batch);
        Map<Integer, List<Object>> facts = facts(rules, all, batch.size());
        for (int i = 0; i < batch.size(); i++) {
            AuditResult r = batch.get(i);
            if (!usable(r)) continue;
            List<Finding> more = facts.containsKey(i) ? rules.run(facts.get(i)) : List.of();
            if (!more.isEmpty()) LOG.info("{}: {} finding(s) across reports", r.file(), more.size());
            out.set(i, r.withMore(more, hasPrior(all, r) ? List.of() : NO_PRIOR));
        }
        return out;
    }

    /** The year-on-year rules, not assessable without the agency's report of the year before. */
    private static final List<NotAssessed> NO_PRIOR = java.util.stream.Stream.of(
                    "XY-CARRYOVER", "XY-IN-FORCE-ROLL", "XY-DUPLICATE-TEXT", "XY-SAME-DATA")
            .map(id -> new NotAssessed(id, "本批次中没有该机关上一年度的报告，无法比对（如有，请一并审查）")).toList();

    private static boolean hasPrior(List<AuditResult> batch, AuditResult r) {
        if (r.meta() == null || r.meta().year() == null) return false;
        for (AuditResult o : batch) {
            if (o != r && usable(o) && o.meta().year() != null && o.meta().year() == r.meta().year() - 1
                    && agencyKey(o).equals(agencyKey(r))) return true;
        }
        return false;
    }

    /**
     * The cross facts of each of the first {@code members} reports that has a partner, by its index in
     * the batch (in batch order); the reports after them are priors from elsewhere.
     */
    static Map<Integer, List<Object>> facts(RuleBase rules, List<AuditResult> batch, int members) {
        Map<String, Setting> settings = new HashMap<>();
        for (Setting s : rules.config().settings()) settings.put(s.getName(), s);
        double share = number(settings, "copy-boilerplate-share", 0.5);
        int minReports = (int) number(settings, "copy-boilerplate-min-reports", 3);
        int minChars = (int) number(settings, "copy-min-chars", 50);
        Set<String> template = new HashSet<>();
        Setting t = settings.get("copy-template-sentences");
        if (t != null) for (String s : t.getItems()) template.add(normalise(s));

        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) if (usable(batch.get(i))) usable.add(i);

        // boilerplate: sentences in many agencies' reports
        Map<Integer, Set<String>> boilerplate = new HashMap<>();
        Set<String> agencies = new HashSet<>();
        for (int i : usable) agencies.add(agencyKey(batch.get(i)));
        for (int section : SECTIONS) {
            Map<String, Set<String>> where = new HashMap<>();
            for (int i : usable) {
                SectionText text = batch.get(i).text(section);
                if (text == null) continue;
                for (String s : sentences(text)) where.computeIfAbsent(s, k -> new HashSet<>()).add(agencyKey(batch.get(i)));
            }
            int needed = Math.max(minReports, (int) Math.ceil(share * agencies.size()));
            Set<String> common = new HashSet<>(template);
            where.forEach((s, in) -> { if (in.size() >= needed) common.add(s); });
            boilerplate.put(section, common);
        }

        // shingles per report and section
        Map<Integer, Map<Integer, int[]>> shingles = new HashMap<>();
        for (int i : usable) {
            Map<Integer, int[]> per = new HashMap<>();
            for (int section : SECTIONS) {
                SectionText text = batch.get(i).text(section);
                if (text == null) continue;
                StringBuilder kept = new StringBuilder();
                for (String s : sentences(text)) if (!boilerplate.get(section).contains(s)) kept.append(s);
                if (kept.length() >= Math.max(minChars, N)) per.put(section, shingles(kept.toString()));
            }
            shingles.put(i, per);
        }

        Map<Integer, List<Object>> facts = new LinkedHashMap<>();
        CrossFacts cross = new CrossFacts(rules.config().identities());
        for (int i : usable) {
            if (i >= members) break;
            AuditResult r = batch.get(i);
            Integer prior = prior(batch, usable, i);
            if (prior == null) continue;
            AuditResult p = batch.get(prior);
            List<Object> f = facts.computeIfAbsent(i, k -> new ArrayList<>());
            f.addAll(cross.withPrior(r.tables(), p.tables(), p.file(), p.meta().year()));
            for (SectionText s : r.texts()) f.add(new CrossText(s));
            for (int section : SECTIONS) {
                int[] a = shingles.get(i).get(section), b = shingles.get(prior).get(section);
                if (a == null || b == null) continue;
                f.add(new Similarity("prior", section, jaccard(a, b), p.file(), p.meta().agency(), p.meta().year(),
                        r.text(section).location()));
            }
        }
        for (int x = 0; x < usable.size(); x++) {
            for (int y = x + 1; y < usable.size(); y++) {
                int i = usable.get(x), j = usable.get(y);
                if (j >= members) break;
                AuditResult a = batch.get(i), b = batch.get(j);
                if (agencyKey(a).equals(agencyKey(b))) continue;
                for (int section : SECTIONS) {
                    int[] sa = shingles.get(i).get(section), sb = shingles.get(j).get(section);
                    if (sa == null || sb == null) continue;
                    double ratio = jaccard(sa, sb);
                    if (ratio == 0) continue;
                    facts.computeIfAbsent(i, k -> new ArrayList<>()).add(new Similarity("agency", section, ratio,
                            b.file(), b.meta().agency(), b.meta().year(), a.text(section).location()));
                    facts.computeIfAbsent(j, k -> new ArrayList<>()).add(new Similarity("agency", section, ratio,
                            a.file(), a.meta().agency(), a.meta().year(), b.text(section).location()));
                }
            }
        }
        return new java.util.TreeMap<>(facts);
    }

    /** A report read well enough to compare: its agency and tables known. */
    private static boolean usable(AuditResult r) {
        return r.verdict() != Verdict.NOT_ASSESSABLE && r.meta() != null && r.meta().agency() != null
                && r.cells() != null;
    }

    /** The agency, compared without white space, with its kind of body. */
    static String agencyKey(AuditResult r) {
        return r.meta().agency().replaceAll("[\\s\\u3000]", "") + "|" + r.meta().agencyKind();
    }

    /** The first report of the batch by the same agency on the year before, or null. */
    private static Integer prior(List<AuditResult> batch, List<Integer> usable, int i) {
        AuditResult r = batch.get(i);
        if (r.meta().year() == null) return null;
        for (int j : usable) {
            AuditResult p = batch.get(j);
            if (j != i && p.meta().year() != null && p.meta().year() == r.meta().year() - 1
                    && agencyKey(p).equals(agencyKey(r))) return j;
        }
        return null;
    }

    /** The normalised sentences of a section, in order, without repeats. */
    static List<String> sentences(SectionText text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.lineTexts()) {
            for (String s : line.split("[。！？；!?;]")) {
                String n = normalise(s);
                if (!n.isEmpty()) out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    static String normalise(String sentence) {
        String s = sentence.strip().replaceAll("^[\\s\\u3000]+", "");
        s = ENUMERATION.matcher(s).replaceFirst("");
        s = NUMBER.matcher(s).replaceAll("0");
        return NOT_TEXT.matcher(s).replaceAll("");
    }

    /** The distinct character 5-grams of a text, as sorted hashes. */
    static int[] shingles(String text) {
        int[] h = new int[Math.max(0, text.length() - N + 1)];
        for (int k = 0; k < h.length; k++) h[k] = text.substring(k, k + N).hashCode();
        return Arrays.stream(h).sorted().distinct().toArray();
    }

    /** Shingles in both / shingles in either. */
    static double jaccard(int[] a, int[] b) {
        int both = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) { both++; x++; y++; }
            else if (a[x] < b[y]) x++;
            else y++;
        }
        int either = a.length + b.length - both;
        return either == 0 ? 0 : (double) both / either;
    }

    private static double number(Map<String, Setting> settings, String name, double otherwise) {
        Setting s = settings.get(name);
        return s == null || Double.isNaN(s.getNumber()) ? otherwise : s.getNumber();
    }
}
