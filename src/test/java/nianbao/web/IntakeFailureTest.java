package nianbao.web;

import nianbao.TestSupport;
import nianbao.pipeline.Limits;
import nianbao.store.Archive;
import nianbao.store.AuditRecord;
import nianbao.store.Database;
import nianbao.store.NewAudit;
import nianbao.store.Originals;
import nianbao.store.ReportRow;
import nianbao.store.SqlArchive;
import nianbao.store.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report that cannot be stored is answered with an error; the rest of the upload and the archive are kept. */
class IntakeFailureTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedStoreLosesNothingElse() throws Exception {
        try (Database db = Database.open(tmp)) {
            SqlArchive real = new SqlArchive(db);
            Archive failing = new Failing(real);
            Originals originals = new Originals(tmp);
            RulesHolder rules = new RulesHolder(Path.of("rules"), TestSupport.rules(), Limits.DEFAULTS);
            Intake intake = new Intake(failing, originals, rules, Limits.DEFAULTS, tmp.resolve("tmp"), List::of, "test");

            List<Outcome> first = intake.run(List.of(upload("first.txt", WorkspaceApiTest.V1)));
            assertNotNull(first.get(0).stored());
            List<Outcome> second = intake.run(List.of(upload("boom.txt", WorkspaceApiTest.V2),
                    upload("ok.txt", Path.of("fixtures", "samples", "tab-qingshan-forestry.txt"))));
            assertNull(second.get(0).stored());
            assertTrue(second.get(0).error().contains("未能保存"), second.get(0).error());
            assertNotNull(second.get(0).result(), "the audit itself is still answered");
            assertNotNull(second.get(1).stored());
            List<ReportRow> rows = real.reports();
            assertEquals(2, rows.size());
            ReportRow hrss = rows.stream().filter(r -> "first.txt".equals(r.latest().fileName())).findFirst().orElseThrow();
            assertEquals(1, hrss.versions(), "the failed version left no trace");
            assertEquals(3, real.findings(hrss.latest().id()).size());
        }
    }

    private static Upload upload(String name, Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** Fails in the middle of storing boom.txt: after the report row, as a real failure could. */
    private record Failing(SqlArchive real) implements Archive {
        @Override
        public AuditRecord save(NewAudit a) {
            if (a.fileName().equals("boom.txt")) {
                NewAudit broken = new NewAudit(a.seriesKey(), a.agencyKey(), a.agency(), a.year(), a.batchId(), a.fileName(),
                        a.sha256(), a.size(), a.verdict(), a.agencyKind(), a.kindSource(), a.date(), a.errors(), a.warnings(),
                        a.infos(), a.rulesDigest(), a.resultJson(),
                        List.of(new NewAudit.Fingerprinted(null, "X", "ERROR")), a.bodyId()); // NOT NULL violated
                return real.save(broken);
            }
            return real.save(a);
        }
        @Override public List<ReportRow> reports() { return real.reports(); }
        @Override public Optional<ReportRow> report(long id) { return real.report(id); }
        @Override public List<AuditRecord> versions(long reportId) { return real.versions(reportId); }
        @Override public Optional<AuditRecord> audit(long auditId) { return real.audit(auditId); }
        @Override public Optional<String> resultJson(long auditId) { return real.resultJson(auditId); }
        @Override public List<StoredFinding> findings(long auditId) { return real.findings(auditId); }
        @Override public Optional<AuditRecord> latest(String agencyKey, int year) { return real.latest(agencyKey, year); }
        @Override public List<ReportRow> ofAgency(String agencyKey) { return real.ofAgency(agencyKey); }
        @Override public void linkBody(long reportId, Long bodyId) { real.linkBody(reportId, bodyId); }
    }
}
