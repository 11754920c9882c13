package nianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Archive} in the H2 database. */
public final class SqlArchive implements Archive {
    private static final String AUDIT_COLUMNS = "a.id, a.report_id, a.version_no, a.batch_id, a.file_name, a.sha256, "
            + "a.size_bytes, a.uploaded_at, a.verdict, a.agency, a.agency_kind, a.kind_source, a.year_no, a.report_date, "
            + "a.errors, a.warnings, a.infos, a.rules_digest";

    private final Database db;

    public SqlArchive(Database db) {
        this.db = db;
    }

    @Override
    public AuditRecord save(NewAudit n) {
        return db.transaction(c -> {
            long reportId = reportFor(c, n);
            int version = 1;
            Long previous = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, version_no FROM audit WHERE report_id = ? ORDER BY version_no DESC LIMIT 1")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        previous = rs.getLong(1);
                        version = rs.getInt(2) + 1;
                    }
                }
            }
            Set<String> before = new HashSet<>();
            if (previous != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM finding WHERE audit_id = ?")) {
                    ps.setLong(1, previous);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) before.add(rs.getString(1));
                    }
                }
            }
            long auditId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (report_id, version_no, batch_id, file_name, "
                    + "sha256, size_bytes, uploaded_at, verdict, agency, agency_kind, kind_source, year_no, report_date, "
                    + "errors, warnings, infos, rules_digest, result_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = 0;
                ps.setLong(++i, reportId);
                ps.setInt(++i, version);
                ps.setString(++i, n.batchId());
                ps.setString(++i, n.fileName());
                ps.setString(++i, n.sha256());
                ps.setLong(++i, n.size());
                ps.setTimestamp(++i, Timestamp.from(Instant.now()));
                ps.setString(++i, n.verdict());
                ps.setString(++i, n.agency());
                ps.setString(++i, n.agencyKind());
                ps.setString(++i, n.kindSource());
                setInt(ps, ++i, n.year());
                ps.setObject(++i, n.date());
                ps.setInt(++i, n.errors());
                ps.setInt(++i, n.warnings());
                ps.setInt(++i, n.infos());
                ps.setString(++i, n.rulesDigest());
                ps.setString(++i, n.resultJson());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    auditId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO finding (audit_id, ord, fingerprint, rule_id, severity, change_kind) VALUES (?,?,?,?,?,?)")) {
                int ord = 0;
                for (NewAudit.Fingerprinted f : n.findings()) {
                    StoredFinding.Change change = previous == null ? StoredFinding.Change.FIRST
                            : before.contains(f.fingerprint()) ? StoredFinding.Change.UNCHANGED : StoredFinding.Change.NEW;
                    ps.setLong(1, auditId);
                    ps.setInt(2, ord++);
                    ps.setString(3, f.fingerprint());
                    ps.setString(4, f.rule());
                    ps.setString(5, f.severity());
                    ps.setString(6, change.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return audit(c, auditId).orElseThrow();
        });
    }

    /** The report of this series, created when new; its agency, year and body refreshed. */
    private static long reportFor(Connection c, NewAudit n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM report WHERE series_key = ?")) {
            ps.setString(1, n.seriesKey());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    try (PreparedStatement up = c.prepareStatement(
                            "UPDATE report SET agency = COALESCE(?, agency), body_id = COALESCE(?, body_id) WHERE id = ?")) {
                        up.setString(1, n.agency());
                        if (n.bodyId() == null) up.setNull(2, Types.BIGINT); else up.setLong(2, n.bodyId());
                        up.setLong(3, id);
                        up.executeUpdate();
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (series_key, agency_key, agency, year_no, "
                + "created_at, body_id) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, n.seriesKey());
            ps.setString(2, n.agencyKey());
            ps.setString(3, n.agency());
            setInt(ps, 4, n.year());
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            if (n.bodyId() == null) ps.setNull(6, Types.BIGINT); else ps.setLong(6, n.bodyId());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public List<ReportRow> reports() {
        return db.transaction(c -> rows(c, "", null));
    }

    @Override
    public Optional<ReportRow> report(long id) {
        return db.transaction(c -> rows(c, "WHERE r.id = ?", id).stream().findFirst());
    }

    @Override
    public List<ReportRow> ofAgency(String agencyKey) {
        return db.transaction(c -> rows(c, "WHERE r.agency_key = ?", agencyKey));
    }

    private static List<ReportRow> rows(Connection c, String where, Object arg) throws SQLException {
        String sql = "SELECT r.id, r.agency_key, r.agency, r.year_no, r.body_id, "
                + "(SELECT COUNT(*) FROM audit v WHERE v.report_id = r.id), " + AUDIT_COLUMNS
                + " FROM report r JOIN audit a ON a.report_id = r.id AND a.version_no = "
                + "(SELECT MAX(version_no) FROM audit m WHERE m.report_id = r.id) " + where
                + " ORDER BY a.uploaded_at DESC, a.id DESC";
        List<ReportRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long body = rs.getObject(5) == null ? null : rs.getLong(5);
                    out.add(new ReportRow(rs.getLong(1), rs.getString(2), rs.getString(3), intOrNull(rs, 4), body,
                            audit(rs, 7), rs.getInt(6)));
                }
            }
        }
        return out;
    }

    @Override
    public List<AuditRecord> versions(long reportId) {
        return db.transaction(c -> {
            List<AuditRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + AUDIT_COLUMNS + " FROM audit a WHERE a.report_id = ? ORDER BY a.version_no")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(audit(rs, 1));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<AuditRecord> audit(long auditId) {
        return db.transaction(c -> audit(c, auditId));
    }

    private static Optional<AuditRecord> audit(Connection c, long auditId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + AUDIT_COLUMNS + " FROM audit a WHERE a.id = ?")) {
            ps.setLong(1, auditId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(audit(rs, 1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<String> resultJson(long auditId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT result_json FROM audit WHERE id = ?")) {
                ps.setLong(1, auditId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<StoredFinding> findings(long auditId) {
        return db.transaction(c -> {
            List<StoredFinding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ord, fingerprint, rule_id, severity, change_kind "
                    + "FROM finding WHERE audit_id = ? ORDER BY ord")) {
                ps.setLong(1, auditId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredFinding(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                StoredFinding.Change.valueOf(rs.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<AuditRecord> latest(String agencyKey, int year) {
        return db.transaction(c -> rows(c, "WHERE r.agency_key = ? AND r.year_no = " + year, agencyKey)
                .stream().map(ReportRow::latest).findFirst());
    }

    @Override
    public void linkBody(long reportId, Long bodyId) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE report SET body_id = ? WHERE id = ?")) {
                if (bodyId == null) ps.setNull(1, Types.BIGINT); else ps.setLong(1, bodyId);
                ps.setLong(2, reportId);
                return ps.executeUpdate();
            }
        });
    }

    private static AuditRecord audit(ResultSet rs, int at) throws SQLException {
        int i = at;
        long id = rs.getLong(i++), report = rs.getLong(i++);
        int version = rs.getInt(i++);
        String batch = rs.getString(i++), file = rs.getString(i++), sha = rs.getString(i++);
        long size = rs.getLong(i++);
        Instant uploaded = rs.getTimestamp(i++).toInstant();
        String verdict = rs.getString(i++), agency = rs.getString(i++), kind = rs.getString(i++), source = rs.getString(i++);
        Integer year = intOrNull(rs, i++);
        java.sql.Date date = rs.getDate(i++);
        int errors = rs.getInt(i++), warnings = rs.getInt(i++), infos = rs.getInt(i++);
        String digest = rs.getString(i);
        return new AuditRecord(id, report, version, batch, file, sha, size, uploaded, verdict, agency, kind, source, year,
                date == null ? null : date.toLocalDate(), errors, warnings, infos, digest);
    }

    private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setInt(i, v);
    }
}
