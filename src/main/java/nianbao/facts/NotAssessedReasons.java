package nianbao.facts;

import nianbao.findings.NotAssessed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules could not be assessed on a report and why, from its facts: an identity with an
 * unread cell, a deadline without a date, year or kind of body. Such a rule made no finding, and
 * that must not read as passed.
 */
public final class NotAssessedReasons {
    /** The deadline rule that applies to each kind of body (the others do not apply, which is not "not assessed"). */
    private static final Map<String, String> DEADLINE_BY_KIND = Map.of("department", "DEADLINE-DEPARTMENT",
            "government", "DEADLINE-GOVERNMENT", "township", "DEADLINE-LOCAL");

    private NotAssessedReasons() {}

    private static void dates(ReportFact r, Map<String, List<String>> reasons) {
        String kindRule = DEADLINE_BY_KIND.get(r.getKind());
        List<String> deadlines = kindRule != null ? List.of(kindRule) : List.copyOf(new java.util.TreeSet<>(DEADLINE_BY_KIND.values()));
        String why = r.getDate() == null ? "未找到落款日期或发布时间" : r.getYear() == null ? "未能确定报告年度" : null;
        if (why != null) {
            reasons.computeIfAbsent("DATE-BEFORE-YEAR-END", k -> new ArrayList<>()).add(why);
            for (String rule : deadlines) reasons.computeIfAbsent(rule, k -> new ArrayList<>()).add(why);
        } else if (kindRule == null) {
            for (String rule : deadlines) reasons.computeIfAbsent(rule, k -> new ArrayList<>()).add("未能确定机关类别（部门、人民政府或乡镇街道）");
        }
    }

    public static List<NotAssessed> of(List<Object> facts) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (Object f : facts) {
            if (f instanceof Balance b && !b.isAssessable()) {
                reasons.computeIfAbsent(b.getCheck(), k -> new ArrayList<>())
                        .add(b.getWhere() + "：" + String.join("、", b.getUnknownCells().stream().limit(3).toList())
                                + (b.getUnknownCells().size() > 3 ? " 等 " + b.getUnknownCells().size() + " 个单元格" : "")
                                + " 未读出或为空白");
            }
            if (f instanceof ReportFact r) dates(r, reasons);
        }
        List<NotAssessed> out = new ArrayList<>();
        reasons.forEach((rule, why) -> out.add(new NotAssessed(rule, String.join("；", why.stream().distinct().limit(5).toList())
                + (why.size() > 5 ? "；等 " + why.size() + " 处" : ""))));
        return out;
    }
}
