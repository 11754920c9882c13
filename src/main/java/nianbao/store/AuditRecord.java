package nianbao.store;

import java.time.Instant;
import java.time.LocalDate;

/** One stored version of a report: an uploaded file as audited, without its JSON. */
public record AuditRecord(long id, long reportId, int version, String batchId, String fileName, String sha256,
                          long size, Instant uploadedAt, String verdict, String agency, String agencyKind,
                          String kindSource, Integer year, LocalDate date, int errors, int warnings, int infos,
                          String rulesDigest) {}
