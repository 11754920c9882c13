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

    /** The deadline for a report on year N: this month and day of N+1. */
    public LocalDate dueFor(int year) { return due.atYear(year + 1); }

    /** Whether a report of this kind is dated after its deadline (false when year or date is unknown). */
    public boolean isMissedBy(ReportFact r) {
        return r.getYear() != null && r.getYear() >= fromYear && r.getDate() != null && kind.equals(r.getKind())
                && r.getDate().isAfter(dueFor(r.getYear()));
    }
}
