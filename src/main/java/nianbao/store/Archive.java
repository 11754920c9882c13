package nianbao.store;

import java.util.List;
import java.util.Optional;

/** The audited reports and their versions. */
public interface Archive {

    /**
     * Stores {@code a} as the next version of its report (created on first upload), marking each
     * finding new or unchanged against the previous version, in one transaction.
     */
    AuditRecord save(NewAudit a);

    /** Every report with its latest version, newest upload first. */
    List<ReportRow> reports();

    Optional<ReportRow> report(long id);

    /** The versions of a report, oldest first. */
    List<AuditRecord> versions(long reportId);

    Optional<AuditRecord> audit(long auditId);

    /** The report's object of the JSON contract as stored for this version. */
    Optional<String> resultJson(long auditId);

    List<StoredFinding> findings(long auditId);

    /** The latest version of the agency's report on {@code year}, if one was uploaded. */
    Optional<AuditRecord> latest(String agencyKey, int year);

    /** The reports of one agency, by year. */
    List<ReportRow> ofAgency(String agencyKey);

    /** Links a report to a body of the roster (null: none). */
    void linkBody(long reportId, Long bodyId);
}
