package nianbao.pipeline;

import nianbao.TestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An annual report of the old format is still an annual report, not "not a report". */
class OldReportTest {
    @Test
    void aTitledReportWithoutTheCurrentSectionsIsAuditedAsAReport() {
        AuditResult r = TestSupport.audit("old.txt", """
                青山市林业局2013年政府信息公开工作年度报告
                本报告根据《中华人民共和国政府信息公开条例》要求编制，包括概述、主动公开政府信息情况等。
                一年来，我局认真贯彻落实条例，主动公开政府信息120条，受理依申请公开3件，均按时答复。
                """);
        assertEquals("NOT-ASSESSABLE", r.verdict().code());
        assertTrue(TestSupport.ruleIds(r).contains("SECTIONS-PRESENT"), TestSupport.findingLines(r).toString());
        assertTrue(TestSupport.ruleIds(r).contains("TABLES-PRESENT"));
    }

    @Test
    void aNewsArticleIsSaidNotToBeAnAnnualReport() {
        AuditResult r = TestSupport.audit("news.txt", """
                我市召开政务公开工作推进会
                会议强调，要进一步提高政务公开质量。各部门负责同志参加会议。
                """);
        assertEquals(java.util.List.of("INPUT-UNREADABLE"), java.util.List.copyOf(TestSupport.ruleIds(r)));
        assertTrue(r.findings().get(0).message().contains("不是政府信息公开工作年度报告"));
    }
}
