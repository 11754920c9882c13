package nianbao.report;

import nianbao.findings.Finding;
import nianbao.findings.Severity;
import nianbao.findings.Verdict;
import nianbao.pipeline.AuditResult;

import java.io.PrintStream;

/** The console: one line a report, then the findings of reports that did not pass, then totals. */
public final class ConsoleReport {
    private final PrintStream out;

    public ConsoleReport(PrintStream out) {
        this.out = out;
    }

    public void line(AuditResult r) {
        String year = r.meta() == null || r.meta().year() == null ? "—" : r.meta().year().toString();
        String agency = r.meta() == null || r.meta().agency() == null ? "（机关未识别）" : r.meta().agency();
        out.printf("%-6s %s | %s | %s | 错误 %d 警告 %d 提示 %d%n", r.verdict().code(), r.file(), agency, year,
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
    }

    /** The findings of a report that failed or could not be assessed (INFO left out). */
    public void details(AuditResult r) {
        if (r.verdict() != Verdict.FAIL && r.verdict() != Verdict.NOT_ASSESSABLE) return;
        out.println();
        out.println("== " + r.file() + "（" + r.verdict().chinese() + "）");
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.INFO) continue;
            String where = f.location().describe();
            out.println("  [" + f.severity().chinese() + "] " + f.rule() + (where.isEmpty() ? "" : " @ " + where));
            out.println("      " + f.message());
            if (!f.source().isEmpty() && !f.source().equals("—")) out.println("      依据：" + f.source());
        }
    }

    /** Reports counted by verdict, as they come. */
    public static final class Totals {
        private final long[] byVerdict = new long[Verdict.values().length];
        private long reports;

        public void add(AuditResult r) {
            byVerdict[r.verdict().ordinal()]++;
            reports++;
        }

        /** Whether any report failed or could not be assessed (exit status 1). */
        public boolean anyBad() {
            return byVerdict[Verdict.FAIL.ordinal()] + byVerdict[Verdict.NOT_ASSESSABLE.ordinal()] > 0;
        }
    }

    public void totals(Totals t) {
        long[] byVerdict = t.byVerdict;
        out.println();
        out.printf("共 %d 份报告：通过 %d，需复核 %d，不合格 %d，无法评估 %d%n", t.reports,
                byVerdict[Verdict.PASS.ordinal()], byVerdict[Verdict.REVIEW.ordinal()],
                byVerdict[Verdict.FAIL.ordinal()], byVerdict[Verdict.NOT_ASSESSABLE.ordinal()]);
    }
}
