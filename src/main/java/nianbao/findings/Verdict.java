package nianbao.findings;

import java.util.Collection;

/** Verdict of one report, per the rule catalogue. */
public enum Verdict {
    PASS("通过"), REVIEW("需复核"), FAIL("不合格"), NOT_ASSESSABLE("无法评估");

    private final String chinese;

    Verdict(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    /** The spelling of the JSON contract: NOT-ASSESSABLE with a hyphen. */
    public String code() { return name().replace('_', '-'); }

    /** FAIL on any ERROR, REVIEW on any WARNING, else PASS; NOT-ASSESSABLE when the report could not be read. */
    public static Verdict of(Collection<Finding> findings, boolean assessable) {
        if (!assessable) return NOT_ASSESSABLE;
        boolean warning = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) return FAIL;
            if (f.severity() == Severity.WARNING) warning = true;
        }
        return warning ? REVIEW : PASS;
    }
}
