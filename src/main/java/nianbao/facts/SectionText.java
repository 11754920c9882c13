package nianbao.facts;

import nianbao.findings.Location;
import nianbao.findings.Numerals;
import nianbao.parse.ParsedReport;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose of one section (heading excluded), for rules about content: which words it uses, how
 * long it is, and where a word stands.
 */
public final class SectionText {
    private final int number;
    private final List<ParsedReport.ProseLine> lines;
    private final String text;
    /** Each line's text without white space, as {@link #find} searches it. */
    private final String[] compact;

    public SectionText(int number, List<ParsedReport.ProseLine> lines) {
        this.number = number;
        this.lines = List.copyOf(lines);
        StringBuilder sb = new StringBuilder();
        this.compact = new String[this.lines.size()];
        for (int i = 0; i < this.lines.size(); i++) {
            compact[i] = withoutSpace(this.lines.get(i).text());
            sb.append(compact[i]);
        }
        this.text = sb.toString();
    }

    /** {@code s.replaceAll("[\\s\\u3000]", "")} without the regular expression ({@code \\s}: [ \\t\\n\\x0B\\f\\r]). */
    static String withoutSpace(String s) {
        return nianbao.parse.ClaimReader.appendWithoutSpace(new StringBuilder(s.length()), s).toString();
    }

    public int getNumber() { return number; }
    public String getText() { return text; }

    /** Characters other than punctuation. */
    public int getLength() { return lengthWithoutPunctuation(text); }

    public boolean containsAny(List<String> words) {
        return words.stream().anyMatch(text::contains);
    }

    /** Characters left once the given phrases and punctuation are taken out. */
    public int lengthWithout(List<String> phrases) {
        String t = text;
        for (String p : phrases) t = t.replace(p, "");
        return lengthWithoutPunctuation(t);
    }

    /**
     * {@code t.replaceAll("[\\p{P}\\p{S}]", "").length()} without the regular expression: the
     * chars left once every code point of a punctuation or symbol category is taken out.
     */
    static int lengthWithoutPunctuation(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            int k = Character.charCount(c);
            if (!isPunctuationOrSymbol(c)) n += k;
            i += k;
        }
        return n;
    }

    private static boolean isPunctuationOrSymbol(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    /** The first of the words found, not as part of one of the exceptions; null when none. */
    public Mention find(List<String> words, List<String> exceptions) {
        for (int i = 0; i < lines.size(); i++) {
            ParsedReport.ProseLine l = lines.get(i);
            String t = compact[i];
            for (String w : words) {
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                    if (!covered(t, at, w.length(), exceptions)) return new Mention(w, excerpt(t, at, w.length()), number, l.page(), l.pageLine());
                }
            }
        }
        return null;
    }

    private static boolean covered(String t, int at, int len, List<String> exceptions) {
        for (String e : exceptions) {
            for (int i = t.indexOf(e); i >= 0; i = t.indexOf(e, i + 1)) if (i < at + len && i + e.length() > at) return true;
        }
        return false;
    }

    private static String excerpt(String t, int at, int len) {
        int from = Math.max(0, at - 15), to = Math.min(t.length(), at + len + 15);
        return (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
    }

    public Location location() {
        return lines.isEmpty() ? new Location(number, null, List.of(), null, null, null, null)
                : new Location(number, null, List.of(), null, null, lines.get(0).page(), lines.get(0).pageLine());
    }

    /** A word found in a section, with the text around it. */
    public record Mention(String word, String excerpt, int section, Integer page, int line) {
        public String where() { return "第" + Numerals.chinese(section) + "部分第" + line + "行"; }
        public Location location() { return new Location(section, null, List.of(), null, null, page, line); }
    }

    /** The text of each line, as read. */
    public List<String> lineTexts() {
        return lines.stream().map(ParsedReport.ProseLine::text).toList();
    }

    static List<SectionText> of(ParsedReport p) {
        return of(p, 1, 5, 6);
    }

    /** The prose of these sections (those found in the report). */
    public static List<SectionText> of(ParsedReport p, int... numbers) {
        List<SectionText> out = new ArrayList<>();
        for (var s : p.sections()) {
            if (java.util.Arrays.stream(numbers).noneMatch(n -> n == s.number())) continue;
            out.add(new SectionText(s.number(), p.prose().stream().filter(l -> l.section() == s.number() && l.line() != s.line()).toList()));
        }
        return out;
    }
}
