package nianbao.pipeline;

import nianbao.TestSupport;
import nianbao.findings.Finding;
import nianbao.findings.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The batch-level rules (rules/cross.drl): small batches made from a fixture, each rule positive and negative. */
class CrossReportsTest {
    static final Set<String> CROSS = Set.of("XY-CARRYOVER", "XY-IN-FORCE-ROLL", "XY-DUPLICATE-TEXT", "XY-SAME-DATA",
            "COPY-CROSS-AGENCY");
    static String base;

    static final String OTHER_OVERVIEW = """
            2022年，本局围绕森林资源保护和生态建设重点任务，把政务公开作为转变作风的重要抓手，年初印发工作要点并分解到各业务科室。
            （一）主动公开情况。全年在门户网站发布林长制、森林防火、野生动植物保护等方面信息，重点做好造林补贴资金分配结果公开。
            （二）依申请公开情况。严格按法定时限答复，对涉及林地征占用的申请逐件会同业务科室研究，答复前征求法律顾问意见。
            （三）政府信息管理情况。建立公开前保密审查台账，落实“三审三校”制度，全年未发生失泄密事件。
            （四）平台建设情况。升级网站无障碍浏览功能，开通林业政务微信公众号并安排专人维护。
            （五）监督保障情况。把政务公开纳入科室绩效考核，邀请人大代表和护林员代表座谈评议公开工作。
            """;
    static final String OTHER_PROBLEMS = """
            一是基层林业站信息报送时效性差，部分防火信息滞后发布；二是政策解读形式单一，图解和视频解读偏少。
            改进措施：建立林业站信息员制度，每月通报报送情况；联合宣传部门制作短视频解读，提升解读的可读性。
            """;

    @BeforeAll
    static void read() throws IOException {
        base = Files.readString(Path.of("fixtures/samples/tab-qingshan-forestry.txt"), StandardCharsets.UTF_8);
    }

    // ---- building reports from the fixture ----

    /** The fixture as the same agency's report on an earlier year. */
    static String asYear(String text, int year) {
        return text.replace("2024年1月", (year + 1) + "年1月").replace("2023", String.valueOf(year));
    }

    static String replaceSection(String text, String heading, String next, String body) {
        int from = text.indexOf(heading) + heading.length();
        int to = text.indexOf(next);
        assertTrue(from > heading.length() - 1 && to > from, heading);
        return text.substring(0, from) + "\n\n" + body.strip() + "\n\n" + text.substring(to);
    }

    static String otherTexts(String text) {
        String t = replaceSection(text, "一、总体情况", "二、主动公开政府信息情况", OTHER_OVERVIEW);
        return replaceSection(t, "五、存在的主要问题及改进情况", "六、其他需要报告的事项", OTHER_PROBLEMS);
    }

    static String row(String text, String label, String cells) {
        int at = text.indexOf("\n" + label + "\t") + 1; // the table row, not a mention in the prose
        assertTrue(at > 0, label);
        int end = text.indexOf('\n', at);
        String line = text.substring(at, end).stripTrailing();
        String head = line.replaceAll("(\\t+[0-9]+)+$", "");
        String tabs = line.substring(head.length()).replaceAll("[0-9]+", "");
        String sep = tabs.startsWith("\t\t") ? "\t\t" : "\t";
        return text.substring(0, at) + head + sep + String.join("\t", cells.split(" ")) + text.substring(end);
    }

    /**
     * The agency's 2022 report that follows on from the 2023 fixture: its carried_forward equals the
     * 2023 carried_over (0), its in_force + 2023's issued − repealed gives 2023's in_force, its
     * figures and its sections 一 and 五 differ.
     */
    static String consistentPrior() {
        String t = otherTexts(asYear(base, 2022));
        t = row(t, "一、本年新收政府信息公开申请数量", "18 1 0 0 3 1 23");
        t = row(t, "四、结转下年度继续办理", "0 0 0 0 0 0 0");
        t = row(t, "行政规范性文件", "4 1 12");
        return t;
    }

    static List<AuditResult> batch(String... nameAndText) {
        List<AuditResult> out = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) out.add(TestSupport.audit(nameAndText[i], nameAndText[i + 1]));
        return out;
    }

    /** The findings phase 2 added to report i. */
    static List<Finding> added(List<AuditResult> before, List<AuditResult> after, int i) {
        assertEquals(before.size(), after.size());
        List<Finding> more = new ArrayList<>(after.get(i).findings());
        for (Finding f : before.get(i).findings()) assertTrue(more.remove(f), "phase 1 findings kept");
        for (Finding f : more) assertTrue(CROSS.contains(f.rule()), "only batch-level rules in phase 2: " + f);
        return more;
    }

    static TreeSet<String> ids(List<Finding> fs) {
        TreeSet<String> out = new TreeSet<>();
        fs.forEach(f -> out.add(f.rule()));
        return out;
    }

    static List<AuditResult> cross(List<AuditResult> b) {
        return CrossReports.run(TestSupport.rules(), b);
    }

    // ---- the same agency, year before ----

    @Test
    void thePriorIsFoundUnderTheAgencyKeyTheArchiveUsesToo() {
        // the year before signed "青山市·林业局": the same agency for the batch as for the workspace's archive
        String prior = consistentPrior().replace("青山市林业局", "青山市·林业局");
        List<AuditResult> b = batch("2023.txt", base, "2022.txt", prior);
        assertEquals("青山市·林业局", b.get(1).meta().agency());
        assertEquals(nianbao.parse.Metadata.agencyKey(b.get(0).meta().agency()), nianbao.parse.Metadata.agencyKey(b.get(1).meta().agency()));
        List<AuditResult> after = cross(b);
        assertTrue(after.get(0).notAssessed().stream().noneMatch(n -> n.rule().equals("XY-CARRYOVER")),
                after.get(0).notAssessed()::toString);
    }

    @Test
    void aConsistentPriorYearGivesNoFinding() {
        List<AuditResult> b = batch("2023.txt", base, "2022.txt", consistentPrior());
        assertEquals(2023, b.get(0).meta().year());
        assertEquals(2022, b.get(1).meta().year());
        assertEquals(0.0, b.get(1).cells().get("requests.carried_forward.total").value());
        assertEquals(23.0, b.get(1).cells().get("requests.new.total").value());
        assertEquals(12.0, b.get(1).cells().get("active.normative.in_force").value());
        assertEquals(Verdict.PASS, b.get(0).verdict());
        List<AuditResult> after = cross(b);
        assertEquals(Set.of(), ids(added(b, after, 0)), () -> TestSupport.findingLines(after.get(0)).toString());
        assertEquals(Set.of(), ids(added(b, after, 1)));
        assertEquals(b.get(0).verdict(), after.get(0).verdict());
    }

    @Test
    void carryOverDifferentFromLastYearsCarriedForwardIsAnError() {
        String prior = row(consistentPrior(), "四、结转下年度继续办理", "1 1 0 0 0 0 2");
        List<AuditResult> b = batch("2023.txt", base, "2022.txt", prior);
        assertEquals(2.0, b.get(1).cells().get("requests.carried_forward.total").value());
        List<AuditResult> after = cross(b);
        List<Finding> more = added(b, after, 0);
        List<Finding> carry = more.stream().filter(f -> f.rule().equals("XY-CARRYOVER")).toList();
        assertEquals(3, carry.size(), more::toString); // 自然人, 商业企业, 总计
        assertTrue(carry.stream().anyMatch(f -> f.message().contains("“总计”列") && f.message().contains("2022年报告")
                && f.message().endsWith("相差 2")), carry.toString());
        assertEquals(Verdict.FAIL, after.get(0).verdict());
        assertEquals(Set.of(), ids(added(b, after, 1)), "the earlier report has no prior in the batch");
    }

    @Test
    void inForceThatDoesNotRollOnIsAWarningUnlessSectionOneSpeaksOfACleanUp() {
        String prior = row(consistentPrior(), "行政规范性文件", "4 1 17"); // 17 + 5 − 0 ≠ 17
        String current = base.replace("开展行政规范性文件清理，及时公布清理结果", "规范行政规范性文件管理，及时公布文件目录");
        assertFalse(current.contains("清理"));
        List<AuditResult> b = batch("2023.txt", current, "2022.txt", prior);
        List<Finding> more = added(b, cross(b), 0);
        assertEquals(Set.of("XY-IN-FORCE-ROLL"), ids(more), more::toString);
        assertEquals(1, more.size());
        assertTrue(more.get(0).message().contains("行政规范性文件"), more.get(0).message());

        List<AuditResult> cleanUp = batch("2023.txt", base, "2022.txt", prior); // base says 清理
        assertEquals(Set.of(), ids(added(cleanUp, cross(cleanUp), 0)));
    }

    @Test
    void sectionsCopiedFromLastYearAreDuplicateText() {
        String prior = asYear(base, 2022); // same prose (numbers aside), but its figures differ
        prior = row(prior, "一、本年新收政府信息公开申请数量", "18 1 0 0 3 1 23");
        prior = row(prior, "四、结转下年度继续办理", "0 0 0 0 0 0 0");
        prior = row(prior, "行政规范性文件", "4 1 12");
        List<AuditResult> b = batch("2023.txt", base, "2022.txt", prior);
        List<Finding> more = added(b, cross(b), 0);
        assertEquals(Set.of("XY-DUPLICATE-TEXT"), ids(more), more::toString);
        assertEquals(2, more.size(), "sections 一 and 五");
        assertTrue(more.get(0).message().contains("2022.txt") && more.get(0).message().contains("100%"), more.get(0).message());
    }

    @Test
    void figuresCopiedFromLastYearAreSameData() {
        String prior = otherTexts(asYear(base, 2022)); // the same tables, other prose
        List<AuditResult> b = batch("2023.txt", base, "2022.txt", prior);
        List<Finding> more = added(b, cross(b), 0);
        assertTrue(ids(more).contains("XY-SAME-DATA"), more::toString);
        assertFalse(ids(more).contains("XY-DUPLICATE-TEXT"));
        Finding same = more.stream().filter(f -> f.rule().equals("XY-SAME-DATA")).findFirst().orElseThrow();
        assertTrue(same.message().contains("2022.txt"), same.message());
    }

    @Test
    void aPriorFromTheArchiveServesTheYearOnYearRulesAndItsAbsenceIsSaid() {
        List<AuditResult> prior = batch("archived-2022.txt", asYear(base, 2022));
        List<AuditResult> b = batch("2023.txt", base);
        List<AuditResult> with = CrossReports.run(TestSupport.rules(), b, r -> prior.get(0));
        assertTrue(ids(added(b, with, 0)).contains("XY-DUPLICATE-TEXT"));
        assertEquals(List.of(), with.get(0).notAssessed());
        List<AuditResult> without = CrossReports.run(TestSupport.rules(), b, r -> null);
        assertTrue(without.get(0).notAssessed().stream().allMatch(n -> n.reason().contains("审查档案")), without.get(0).notAssessed()::toString);
        assertEquals(4, without.get(0).notAssessed().size());
    }

    @Test
    void aReportTwoYearsOlderIsNoPartner() {
        List<AuditResult> b = batch("2023.txt", base, "2021.txt", asYear(base, 2021));
        assertEquals(Set.of(), ids(added(b, cross(b), 0)));
    }

    @Test
    void agencyNamesAreComparedWithoutWhiteSpace() {
        String spaced = asYear(base, 2022).replace("青山市林业局 2022", "青山市 林业局 2022");
        List<AuditResult> b = batch("2023.txt", base, "2022.txt", spaced);
        assertTrue(ids(added(b, cross(b), 0)).contains("XY-DUPLICATE-TEXT"));
    }

    // ---- other agencies ----

    static String otherAgency(String text) {
        return text.replace("青山市林业局", "青山市水利局").replace("林业", "水利");
    }

    @Test
    void anotherAgencysCopiedSectionsAreFlaggedOnBoth() {
        List<AuditResult> b = batch("forestry.txt", base, "water.txt", otherAgency(base));
        assertEquals("青山市水利局", b.get(1).meta().agency());
        List<AuditResult> after = cross(b);
        for (int i = 0; i < 2; i++) {
            List<Finding> more = added(b, after, i);
            assertEquals(Set.of("COPY-CROSS-AGENCY"), ids(more), more::toString);
            assertEquals(2, more.size(), "sections 一 and 五");
            assertEquals(Verdict.REVIEW, after.get(i).verdict());
        }
        String m = added(b, after, 0).get(0).message();
        assertTrue(m.contains("青山市水利局") && m.contains("water.txt") && m.matches(".*有 (9[0-9]|100)% 相同.*"), m);
    }

    @Test
    void onlySectionOneCopiedIsFlaggedOnce() {
        String other = replaceSection(otherAgency(base), "五、存在的主要问题及改进情况", "六、其他需要报告的事项", OTHER_PROBLEMS);
        List<AuditResult> b = batch("forestry.txt", base, "water.txt", other);
        List<Finding> more = added(b, cross(b), 0);
        assertEquals(1, more.size(), more::toString);
        assertEquals(1, more.get(0).location().section());
    }

    @Test
    void anotherAgencyWithItsOwnTextIsNotFlagged() {
        List<AuditResult> b = batch("forestry.txt", base, "water.txt", otherTexts(otherAgency(base)));
        assertEquals(Set.of(), ids(added(b, cross(b), 0)));
        assertEquals(Set.of(), ids(added(b, cross(b), 1)));
    }

    @Test
    void sentencesMostAgenciesShareAreBoilerplate() {
        // four agencies with the same text: every sentence is in all of them, so none counts
        List<AuditResult> b = batch("a.txt", base, "b.txt", otherAgency(base),
                "c.txt", base.replace("青山市林业局", "青山市农业农村局"), "d.txt", base.replace("青山市林业局", "青山市交通运输局"));
        List<AuditResult> after = cross(b);
        for (int i = 0; i < 4; i++) assertEquals(Set.of(), ids(added(b, after, i)), b.get(i).file());
    }

    @Test
    void theSampleBatchGetsNoNewFinding() throws IOException {
        List<AuditResult> b = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("fixtures/samples"))) {
            for (Path p : s.filter(p -> !p.toString().endsWith(".json")).sorted().toList()) b.add(TestSupport.audit(p));
        }
        assertEquals(6, b.size());
        List<AuditResult> after = cross(b);
        for (int i = 0; i < b.size(); i++) {
            assertEquals(b.get(i).findings(), after.get(i).findings(), b.get(i).file());
            assertEquals(b.get(i).verdict(), after.get(i).verdict());
        }
        double max = 0;
        CrossIndex index = new CrossIndex(TestSupport.rules().config().settings());
        for (int i = 0; i < b.size(); i++) index.add(i, b.get(i), true);
        for (CrossIndex.Entry x : index.entries()) {
            for (CrossIndex.Entry y : index.entries()) {
                for (int s : CrossIndex.SECTIONS) {
                    Double ratio = x == y ? null : index.similarity(x, y, s);
                    if (ratio != null) max = Math.max(max, ratio);
                }
            }
        }
        System.out.printf("samples: highest similarity of sections 一/五 between agencies: %.3f%n", max);
        assertTrue(max < 0.9, "COPY-CROSS-AGENCY margin: " + max);
    }

    @Test
    void phaseTwoKeepsTheBatchOrderAndIsDeterministic() {
        List<AuditResult> b = batch("forestry.txt", base, "water.txt", otherAgency(base), "2022.txt", asYear(base, 2022));
        List<AuditResult> one = cross(b), two = cross(b);
        for (int i = 0; i < b.size(); i++) {
            assertEquals(b.get(i).file(), one.get(i).file());
            assertEquals(one.get(i).findings(), two.get(i).findings());
        }
    }
}
