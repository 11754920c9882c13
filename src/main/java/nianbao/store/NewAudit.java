package nianbao.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An audit to store as the next version of its report. {@code seriesKey} names the report (an agency
 * and a year), {@code resultJson} is the report's object of the JSON contract.
 */
public record NewAudit(String seriesKey, String agencyKey, String agency, Integer year, String batchId,
                       String fileName, String sha256, long size, String verdict, String agencyKind,
                       String kindSource, LocalDate date, int errors, int warnings, int infos, String rulesDigest,
                       String resultJson, List<Fingerprinted> findings, Long bodyId) {

    /** A finding as the archive knows it: fingerprint, rule and severity, in the report's order. */
    public record Fingerprinted(String fingerprint, String rule, String severity) {}
}
