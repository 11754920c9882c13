package nianbao.parse;

import nianbao.parse.Claim.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers the prose of sections 一 and 六 states (see {@link Claim}). Conservative: a
 * sentence that may speak of a wider area than the agency ("全县共受理…", "各部门…") yields no claim
 * to hold against the tables, and a phrase that does not say clearly what it counts yields none.
 */
public final class ClaimReader {
    private static final int[] SECTIONS = {1, 6};
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?]");
    /** Sentences that may count more or other than the agency itself ("区政府办代表区政府受理…"). */
    private static final Pattern WIDER = Pattern.compile(
            "全(县|区|市|州|省|旗|盟|乡|镇|街道)|各(乡镇|街道|部门|单位|县|区|地|级)|汇总|下属|所属|代表");
    private static final String GAP = "[^，,。；:：\\d]";
    private static final Pattern RECEIVED = Pattern.compile(
            "(?<!未)(?<!没有)(新收|收到|受理|接收|接到)(" + GAP + "{0,24}?)申请" + GAP + "{0,6}?(\\d+)件");
    private static final Pattern CARRIED_OVER = Pattern.compile("(上一?年度?结转|结转上一?年度?)" + GAP + "{0,20}?(\\d+)件");
    private static final Pattern CARRIED_FORWARD = Pattern.compile("(结转(?:至|到)?下一?年度?|转入下一?年度?)" + GAP + "{0,12}?(\\d+)件");
    private static final Pattern CONCLUDED = Pattern.compile("(?<!未)(办结|办理完结)([^，,。；:：\\d中]{0,12}?)(\\d+)件");
    private static final Pattern OUTCOME = Pattern.compile(
            "(予以公开(?:及|和|与|、|或)部分公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)" + GAP.replace("]", "%％]")
                    + "{0,8}?(\\d+)件(?:[，,]?(?:占比|占|比例为)[^\\d，,。；]{0,4}(\\d+(?:\\.\\d+)?)[%％])?");
    private static final Pattern APPEAL = Pattern.compile("(行政复议|行政诉讼)(?:案件|申请)?" + GAP + "{0,4}?(\\d+)(?:件|起)");
    private static final Pattern NO_APPEALS = Pattern.compile(
            "(未发生|未出现|没有发生|没有出现|未收到|无)[^，,。；]{0,20}?行政复议(和|、|或|及|与)行政诉讼");
    private static final Pattern NO_REQUESTS = Pattern.compile("(未|没有)(收到|接到|受理|收到和处理|收到或处理)(" + GAP + "{0,16}?)申请");
    private static final Pattern FEE = Pattern.compile(
            "(?<!未)(?<!没有)(收取|收缴|共收)" + GAP + "{0,10}?(信息处理费|处理费)" + GAP + "{0,6}?(\\d+(?:\\.\\d+)?)(万元|元)");

    private static final Pattern REVIEW_LITIGATION_CARRIED = Pattern.compile(".*(复议|诉讼|结转).*");
    private static final Pattern REVIEW_LITIGATION = Pattern.compile(".*(复议|诉讼).*");
    private static final Pattern OUTCOME_WORDS = Pattern.compile(".*(予以公开|部分公开|不予|无法|其他|同意|答复).*");
    private static final Pattern ABOUT_REQUESTS = Pattern.compile(".*(申请|办结|办理|答复).*");

    private ClaimReader() {}

    /** {@code s.replaceAll("[\\s\\u3000]", "")} appended, without the regular expression ({@code \\s}: [ \\t\\n\\x0B\\f\\r]). */
    public static StringBuilder appendWithoutSpace(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u3000') continue;
            sb.append(c);
        }
        return sb;
    }

    public static List<Claim> read(List<ParsedReport.ProseLine> prose, List<SectionRead> sections) {
        List<Claim> out = new ArrayList<>();
        for (int number : SECTIONS) {
            for (Sentence s : sentences(prose, sections, number)) {
                out.addAll(EnumClaims.read(s));
                if (WIDER.matcher(s.text()).find()) continue;
                requests(s, out);
                outcomes(s, out);
                appeals(s, out);
                out.addAll(NormativeClaims.read(s));
                fee(s, out);
            }
        }
        return out;
    }

    /** The section's prose joined over line breaks (PDF text breaks lines mid-sentence), split into sentences. */
    static List<Sentence> sentences(List<ParsedReport.ProseLine> prose, List<SectionRead> sections, int number) {
        SectionRead sec = sections.stream().filter(x -> x.number() == number).findFirst().orElse(null);
        List<Sentence> out = new ArrayList<>();
        if (sec == null) return out;
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>(); // offset → line
        for (ParsedReport.ProseLine l : prose) {
            if (l.section() != number || l.line() == sec.line()) continue;
            starts.add(new int[] {text.length(), l.line()});
            appendWithoutSpace(text, l.text());
        }
        Matcher m = SENTENCE_END.matcher(text);
        int from = 0;
        String previous = "";
        while (from < text.length()) {
            int to = m.find(from) ? m.end() : text.length();
            String t = text.substring(from, to);
            if (!t.isBlank()) {
                out.add(new Sentence(t, number, lineAt(starts, from), previous));
                previous = t;
            }
            from = to;
        }
        return out;
    }

    private static int lineAt(List<int[]> starts, int offset) {
        int line = starts.isEmpty() ? 0 : starts.get(0)[1];
        for (int[] s : starts) if (s[0] <= offset) line = s[1];
        return line;
    }

    private static void requests(Sentence s, List<Claim> out) {
        String t = s.text();
        if (t.indexOf('件') < 0 && !t.contains("申请")) return; // every pattern below needs one of them
        Matcher m = RECEIVED.matcher(t);
        if (m.find() && !REVIEW_LITIGATION_CARRIED.matcher(m.group(2)).matches()) out.add(Claim.count("new", m.group(1) + "申请", num(m.group(3)), Double.NaN, s));
        m = CARRIED_OVER.matcher(t);
        if (m.find()) out.add(Claim.count("carried_over", m.group(1), num(m.group(2)), Double.NaN, s));
        m = CARRIED_FORWARD.matcher(t);
        if (m.find()) out.add(Claim.count("carried_forward", m.group(1), num(m.group(2)), Double.NaN, s));
        m = CONCLUDED.matcher(t);
        if (m.find() && !OUTCOME_WORDS.matcher(m.group(2)).matches() && (t.substring(0, m.end()).contains("申请") || s.previous().contains("申请"))) {
            out.add(Claim.count("concluded", m.group(1), num(m.group(3)), Double.NaN, s));
        }
        m = NO_REQUESTS.matcher(t);
        if (m.find() && t.contains("公开") && !REVIEW_LITIGATION.matcher(m.group(3)).matches()) {
            out.add(new Claim("no-requests", "new", m.group(), 0, Double.NaN, null, false, t, s.section(), s.line()));
        }
    }

    private static final String[][] OUTCOMES = {
            {"予以公开", "granted"}, {"部分公开", "partial"}, {"不予公开", "withheld"}, {"无法提供", "unavailable"},
            {"不予处理", "not_processed"}, {"其他处理", "other"}};

    private static void outcomes(Sentence s, List<Claim> out) {
        if (!ABOUT_REQUESTS.matcher(s.text()).matches() && !s.previous().contains("申请")) return;
        if (s.text().indexOf('件') < 0) return; // the pattern needs it
        Matcher m = OUTCOME.matcher(s.text());
        while (m.find()) {
            String label = m.group(1);
            String subject = label.length() > 4 ? "granted_partial" : null;
            for (String[] o : OUTCOMES) if (label.equals(o[0])) subject = o[1];
            out.add(Claim.count(subject, label, num(m.group(2)), m.group(3) == null ? Double.NaN : num(m.group(3)), s));
        }
    }

    private static void appeals(Sentence s, List<Claim> out) {
        if (!s.text().contains("公开") || !s.text().contains("行政")) return; // both patterns need 行政复议 or 行政诉讼
        Matcher m = APPEAL.matcher(s.text());
        while (m.find()) {
            out.add(Claim.count(m.group(1).equals("行政复议") ? "review" : "litigation", m.group(1), num(m.group(2)), Double.NaN, s));
        }
        m = NO_APPEALS.matcher(s.text());
        if (m.find()) {
            out.add(Claim.count("review", m.group(), 0, Double.NaN, s));
            out.add(Claim.count("litigation", m.group(), 0, Double.NaN, s));
        }
    }

    private static void fee(Sentence s, List<Claim> out) {
        if (!s.text().contains("处理费")) return; // the pattern needs it
        Matcher m = FEE.matcher(s.text());
        if (!m.find()) return;
        double yuan = num(m.group(3)) * (m.group(4).equals("万元") ? 10000 : 1);
        out.add(new Claim("fee", "fee", m.group(), Math.round(yuan * 100) / 100.0, Double.NaN, null, false, s.text(), s.section(), s.line()));
    }

    static double num(String digits) {
        return Double.parseDouble(digits);
    }
}
