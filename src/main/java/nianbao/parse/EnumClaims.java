package nianbao.parse;

import nianbao.parse.Claim.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "共X条，其中a条、b条及c条": the total must be stated with 共/共计/合计/总计/累计 in the clause right
 * before 其中, the parts are the following counts in the same unit. The parts are presented as the
 * whole when the last is joined by 及/和/以及/与, or one is a residual "其他…", or they are
 * introduced by 分别为; never when the list ends in 等.
 */
final class EnumClaims {
    private static final Pattern TOTAL = Pattern.compile("(共计|合计|总计|累计|共)[^，,。；、]*?(\\d+)(条|件|个|篇|项|次)[，,：:]?$");
    private static final Pattern PART = Pattern.compile(
            "\\G[，,、]?(以及|及|和|与)?([^\\d，,、。；]{0,20}?)(\\d+)(条|件|个|篇|项|次)");

    private EnumClaims() {}

    static List<Claim> read(Sentence s) {
        List<Claim> out = new ArrayList<>();
        String t = s.text();
        int at = t.indexOf("其中");
        while (at > 0) {
            Claim c = at(s, at);
            if (c != null) out.add(c);
            at = t.indexOf("其中", at + 2);
        }
        return out;
    }

    private static Claim at(Sentence s, int at) {
        String t = s.text();
        Matcher total = TOTAL.matcher(t.substring(0, at));
        if (!total.find()) return null;
        String unit = total.group(3);
        int from = at + 2;
        while (from < t.length() && "：:，,".indexOf(t.charAt(from)) >= 0) from++;
        boolean complete = t.startsWith("分别为", from) || t.startsWith("分别是", from);
        if (complete) from += 3;
        List<Double> parts = new ArrayList<>();
        Matcher p = PART.matcher(t);
        p.region(from, t.length());
        int end = from;
        while (p.find() && p.group(4).equals(unit)) {
            parts.add(ClaimReader.num(p.group(3)));
            if (p.group(1) != null && parts.size() > 1) complete = true;
            if (p.group(2).startsWith("其他") || p.group(2).startsWith("其它")) complete = true;
            end = p.end();
        }
        if (parts.isEmpty()) return null;
        if (t.startsWith("等", end)) complete = false;
        return new Claim("enum", "enum", t.substring(total.start(), end), ClaimReader.num(total.group(2)), Double.NaN,
                parts, complete, t, s.section(), s.line());
    }
}
