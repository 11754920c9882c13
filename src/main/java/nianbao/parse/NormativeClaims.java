package nianbao.parse;

import nianbao.parse.Claim.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "本年制发行政规范性文件 2 件，废止 2 件，现行有效 8 件": per clause one verb (制发, 废止, 现行有效) and one
 * count, of the kind of document the clause (or the sentence before it) names. A clause that also
 * speaks of publishing, clearing or updating documents ("集中发布现行有效规范性文件 393 件") counts
 * documents made public, not made: no claim. "未制定…规范性文件" is a count of 0.
 */
final class NormativeClaims {
    private static final Pattern CLAUSE = Pattern.compile("[^，,；。]+");
    private static final Pattern DOC = Pattern.compile("规范性文件|规章(?!制度)");
    private static final Pattern COUNT = Pattern.compile("(\\d+)件");
    private static final Pattern OTHER_ACTS = Pattern.compile("发布|公开|公布|清理|梳理|更新|上传|解读|备案|审核|审查|修订|修改|涉及");
    private static final String[][] VERBS = {
            {"现行有效", "in_force"}, {"制发", "issued"}, {"制定", "issued"}, {"出台", "issued"}, {"印发", "issued"},
            {"废止", "repealed"}, {"废除", "repealed"}, {"宣布失效", "repealed"}};

    /** ".*(未|没有)制发.*" and so on, per verb. */
    private static final java.util.Map<String, Pattern> NONE = new java.util.HashMap<>();
    static {
        for (String[] v : VERBS) NONE.put(v[0], Pattern.compile(".*(未|没有)" + v[0] + ".*"));
    }

    private NormativeClaims() {}

    static List<Claim> read(Sentence s) {
        List<Claim> out = new ArrayList<>();
        // a claim needs a clause that names the kind of document (DOC): without the words, none
        if (!s.text().contains("规范性文件") && !s.text().contains("规章")) return out;
        String doc = null;
        Matcher c = CLAUSE.matcher(s.text());
        while (c.find()) {
            String clause = c.group();
            List<String> kinds = DOC.matcher(clause).results()
                    .map(r -> r.group().startsWith("规章") ? "rules" : "normative").distinct().toList();
            boolean named = !kinds.isEmpty();
            if (kinds.size() > 1) { doc = null; continue; }
            if (named) doc = kinds.get(0);
            if (doc == null || OTHER_ACTS.matcher(clause).find()) continue;
            String verb = null, label = null;
            int verbs = 0;
            for (String[] v : VERBS) {
                if (!clause.contains(v[0]) || v[1].equals(verb)) continue;
                if (v[1].equals("issued") && clause.contains("现行有效")) continue;
                verbs++; verb = v[1]; label = v[0];
            }
            if (verbs != 1) continue;
            List<String> counts = COUNT.matcher(clause).results().map(r -> r.group(1)).toList();
            String name = (doc.equals("rules") ? "规章" : "行政规范性文件");
            boolean none = NONE.get(label).matcher(clause).matches();
            if (counts.size() == 1 && !none) {
                out.add(Claim.count(doc + "." + verb, label + name, ClaimReader.num(counts.get(0)), Double.NaN, s));
            } else if (counts.isEmpty() && none && named) {
                out.add(Claim.count(doc + "." + verb, "未" + label + name, 0, Double.NaN, s));
            }
        }
        return out;
    }
}
