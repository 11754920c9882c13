package nianbao.facts;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The publication deadline for one kind of body, as month and day of year N+1, for reports on
 * years from {@code fromYear} on (rules/config.yaml).
 */
public final class Deadline {
    private final String kind;
    private final MonthDay due;
    private final int fromYear;

    public Deadline(String kind, MonthDay due, int fromYear) {
        this.kind = kind;
        this.due = due;
        this.fromYear = fromYear;
    }

    public String getKind() { return kind; }

    /** The deadline for a report on year N: this month and day of N+1; null for a year before {@code fromYear}, which had none. */
    public LocalDate dueFor(int year) { return year < fromYear ? null : due.atYear(year + 1); }

    /** Whether a report of this kind is dated after its deadline (false when year or date is unknown, or no deadline applied). */
    public boolean isMissedBy(ReportFact r) {
        if (r.getYear() == null || r.getDate() == null || !kind.equals(r.getKind())) return false;
        LocalDate deadline = dueFor(r.getYear());
        return deadline != null && r.getDate().isAfter(deadline);
    }
}
