package nianbao.pipeline;

import nianbao.facts.SectionText;
import nianbao.facts.Setting;
import nianbao.findings.Location;
import nianbao.findings.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the batch-level rules need of each report, kept small so that a batch of any size fits in
 * memory: agency, year, and the normalised sentences of sections 一 and 五 (not the tables, which are
 * read again for the few reports that have a prior-year partner). Answers which report is whose
 * prior, which sentences are boilerplate, and how similar two reports' texts are.
 *
 * <p>Text similarity: sections 一 and 五 are cut into sentences (at line ends and 。！？；), each
 * normalised (white space, punctuation and a leading enumeration removed, every number as 0).
 * Boilerplate sentences do not count: those of the setting {@code copy-template-sentences}, and
 * those found in the same section of at least {@code copy-boilerplate-share} of the batch's agencies
 * (and of at least {@code copy-boilerplate-min-reports} of them). The rest is cut into character
 * 5-grams; the similarity of two texts is the share of 5-grams they have in common (in both / in
 * either). A text with fewer than {@code copy-min-chars} characters left is not compared. Pairs of
 * different agencies are compared all with all up to {@link #EXACT_PAIRS_UP_TO} reports with text; in larger
 * batches the candidates come from MinHash with banding ({@link MinHash}), and each candidate's
 * similarity is then computed exactly. Only pairs at or above {@code copy-similarity-floor} are kept.
 */
public final class CrossIndex {
    static final int[] SECTIONS = {1, 5};
    static final int EXACT_PAIRS_UP_TO = 200;
    private static final long KEPT_SHINGLES = 8_000_000;
    private static final int N = 5;
    private static final Pattern ENUMERATION = Pattern.compile("^[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．]");
    private static final Pattern NOT_TEXT = Pattern.compile("[\\s\\u3000\\p{P}\\p{S}]");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    /** One report the batch-level rules can use: read well enough that its agency and tables are known. */
    record Entry(int index, boolean member, String file, String agency, String key, Integer year,
                 List<List<String>> sentences, List<Location> locations) {
        List<String> sentences(int section) { return sentences.get(slot(section)); }
        Location location(int section) { return locations.get(slot(section)); }
    }

    private final double share, floor;
    private final int minReports, minChars, exactUpTo;
    private final Set<String> template = new HashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, Entry> byIndex = new HashMap<>();
    private Map<Integer, Set<String>> boilerplate;

    public CrossIndex(List<Setting> settings) {
        this(settings, EXACT_PAIRS_UP_TO);
    }

    /** With all pairs compared exactly up to {@code exactUpTo} reports (tests use 0 to try MinHash on a small batch). */
    CrossIndex(List<Setting> settings, int exactUpTo) {
        this.exactUpTo = exactUpTo;
        Map<String, Setting> byName = new HashMap<>();
        for (Setting s : settings) byName.put(s.getName(), s);
        share = number(byName, "copy-boilerplate-share", 0.5);
        minReports = (int) number(byName, "copy-boilerplate-min-reports", 3);
        minChars = (int) number(byName, "copy-min-chars", 50);
        floor = number(byName, "copy-similarity-floor", 0.5);
        Setting t = byName.get("copy-template-sentences");
        if (t != null) for (String s : t.getItems()) template.add(normalise(s));
    }

    /**
     * Takes what is needed of report {@code index}; {@code member} false for a report from outside
     * the batch that serves only as a prior year. Reports must come in index order.
     */
    public void add(int index, AuditResult r, boolean member) {
        add(index, digest(r), member);
    }

    /** What the index keeps of a report (null for a report it cannot use); may be made on any thread. */
    public static Digest digest(AuditResult r) {
        if (!usable(r)) return null;
        List<List<String>> sentences = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (int section : SECTIONS) {
            SectionText text = r.text(section);
            sentences.add(text == null ? List.of() : sentences(text));
            locations.add(text == null ? null : text.location());
        }
        return new Digest(r.file(), r.meta().agency(), agencyKey(r), r.meta().year(), List.copyOf(sentences), locations);
    }

    /** A report's part of the index, before it has its place in the batch. */
    public record Digest(String file, String agency, String key, Integer year, List<List<String>> sentences,
                         List<Location> locations) {}

    public void add(int index, Digest d, boolean member) {
        if (d == null) return;
        Entry e = new Entry(index, member, d.file(), d.agency(), d.key(), d.year(), d.sentences(), d.locations());
        entries.add(e);
        byIndex.put(index, e);
        boilerplate = null;
    }

    /** A report read well enough to compare: its agency and tables known. */
    static boolean usable(AuditResult r) {
        return r.verdict() != Verdict.NOT_ASSESSABLE && r.meta() != null && r.meta().agency() != null
                && r.cells() != null;
    }

    List<Entry> entries() {
        return entries;
    }

    Entry entry(int index) {
        return byIndex.get(index);
    }

    /** For each member, the first report (in batch order) of the same agency on the year before, by index. */
    Map<Integer, Entry> priors() {
        Map<String, Entry> first = new HashMap<>();
        for (Entry e : entries) if (e.year() != null) first.putIfAbsent(e.key() + "|" + e.year(), e);
        Map<Integer, Entry> out = new TreeMap<>();
        for (Entry e : entries) {
            if (!e.member() || e.year() == null) continue;
            Entry p = first.get(e.key() + "|" + (e.year() - 1));
            if (p != null && p.index() != e.index()) out.put(e.index(), p);
        }
        return out;
    }

    /** Similarity of two reports' section; null when either has too little text beyond boilerplate to compare. */
    Double similarity(Entry a, Entry b, int section) {
        int[] x = shingles(a, section), y = shingles(b, section);
        return x == null || y == null ? null : jaccard(x, y);
    }

    /**
     * Pairs of members of different agencies whose section is at least {@code copy-similarity-floor}
     * the same: {a, b, section} with a before b in batch order, and the ratio.
     */
    List<Pair> similarPairs() {
        List<Entry> members = entries.stream().filter(Entry::member).toList();
        List<Pair> out = new ArrayList<>();
        for (int section : SECTIONS) {
            boilerplate();
            int[][] all = members.parallelStream().map(e -> shingles(e, section)).toArray(int[][]::new); // in order
            List<Entry> withText = new ArrayList<>();
            List<int[]> shingles = new ArrayList<>();
            for (int k = 0; k < all.length; k++) {
                if (all[k] == null) continue;
                withText.add(members.get(k));
                shingles.add(all[k]);
            }
            if (withText.size() <= exactUpTo) {
                for (int x = 0; x < withText.size(); x++) {
                    for (int y = x + 1; y < withText.size(); y++) {
                        Pair p = pair(withText.get(x), withText.get(y), section, shingles.get(x), shingles.get(y));
                        if (p != null) out.add(p);
                    }
                }
            } else {
                List<int[]> signatures = shingles.parallelStream().map(MinHash::signature).toList(); // in order
                long total = 0;
                for (int[] s : shingles) total += s.length;
                // the 5-grams stay at hand for the candidates up to ≈ 32 MB; beyond, they are made again
                List<int[]> kept = total <= KEPT_SHINGLES ? shingles : null;
                out.addAll(MinHash.candidates(signatures, floor, (x, y) -> pair(withText.get(x), withText.get(y), section,
                        kept != null ? kept.get(x) : shingles(withText.get(x), section),
                        kept != null ? kept.get(y) : shingles(withText.get(y), section))));
            }
        }
        out.sort(java.util.Comparator.comparingInt((Pair p) -> p.a().index()).thenComparingInt(p -> p.b().index())
                .thenComparingInt(Pair::section));
        return out;
    }

    record Pair(Entry a, Entry b, int section, double ratio) {}

    /** The pair if its texts are at least {@code copy-similarity-floor} the same, else null. */
    private Pair pair(Entry a, Entry b, int section, int[] sa, int[] sb) {
        if (sa == null || sb == null || a.key().equals(b.key())) return null;
        double ratio = jaccard(sa, sb);
        if (ratio <= 0 || ratio < floor) return null;
        return a.index() < b.index() ? new Pair(a, b, section, ratio) : new Pair(b, a, section, ratio);
    }

    /** The 5-gram hashes of a section without boilerplate, or null when too little is left. */
    private int[] shingles(Entry e, int section) {
        Set<String> common = boilerplate().get(section);
        StringBuilder kept = new StringBuilder();
        for (String s : e.sentences(section)) if (!common.contains(s)) kept.append(s);
        return kept.length() >= Math.max(minChars, N) ? shingles(kept.toString()) : null;
    }

    /** Sentences in the same section of many agencies' reports, and the template's, per section. */
    private Map<Integer, Set<String>> boilerplate() {
        if (boilerplate != null) return boilerplate;
        Map<String, List<Entry>> byAgency = new TreeMap<>();
        for (Entry e : entries) byAgency.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        int needed = Math.max(minReports, (int) Math.ceil(share * byAgency.size()));
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int section : SECTIONS) {
            Map<String, Integer> agencies = new HashMap<>();
            for (List<Entry> ofAgency : byAgency.values()) {
                Set<String> once = new HashSet<>();
                for (Entry e : ofAgency) once.addAll(e.sentences(section));
                for (String s : once) agencies.merge(s, 1, Integer::sum);
            }
            Set<String> common = new HashSet<>(template);
            agencies.forEach((s, n) -> { if (n >= needed) common.add(s); });
            out.put(section, common);
        }
        return boilerplate = out;
    }

    /** The agency as compared ({@link nianbao.parse.Metadata#agencyKey}: also the archive's), with its kind of body. */
    static String agencyKey(AuditResult r) {
        return nianbao.parse.Metadata.agencyKey(r.meta().agency()) + "|" + r.meta().agencyKind();
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
        return List.copyOf(out);
    }

    static String normalise(String sentence) {
        String s = sentence.strip();
        int from = 0;
        while (from < s.length() && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '\u3000')) from++;
        s = ENUMERATION.matcher(s.substring(from)).replaceFirst("");
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

    private static int slot(int section) {
        return section == SECTIONS[0] ? 0 : 1;
    }

    private static double number(Map<String, Setting> settings, String name, double otherwise) {
        Setting s = settings.get(name);
        return s == null || Double.isNaN(s.getNumber()) ? otherwise : s.getNumber();
    }
}
