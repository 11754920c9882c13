package nianbao.store;

import java.time.Instant;
import java.util.Map;

/**
 * Reviewers' decisions on findings, per report and finding fingerprint: a decision stays with every
 * later version of the report that still has a finding with that fingerprint.
 */
public interface Decisions {

    enum Kind {
        CONFIRMED("确认"), DISMISSED("驳回");

        private final String chinese;

        Kind(String chinese) { this.chinese = chinese; }

        public String chinese() { return chinese; }

        /** CONFIRMED/DISMISSED or 确认/驳回; null for anything else. */
        public static Kind parse(String s) {
            if (s == null) return null;
            for (Kind k : values()) if (k.name().equalsIgnoreCase(s.strip()) || k.chinese.equals(s.strip())) return k;
            return null;
        }
    }

    record Decision(String fingerprint, Kind kind, String comment, Instant decidedAt) {}

    /** Records (or replaces) the decision on a finding of a report. */
    void decide(long reportId, String fingerprint, Kind kind, String comment);

    /** Withdraws a decision. */
    void withdraw(long reportId, String fingerprint);

    /** The decisions of a report by fingerprint. */
    Map<String, Decision> of(long reportId);
}
