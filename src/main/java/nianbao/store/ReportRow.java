package nianbao.store;

/** A report (one agency, one year) with its latest version and the number of versions. */
public record ReportRow(long id, String agencyKey, String agency, Integer year, Long bodyId, AuditRecord latest,
                        int versions) {}
