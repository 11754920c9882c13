package nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link Decisions} in the H2 database. */
public final class SqlDecisions implements Decisions {
    private final Database db;

    public SqlDecisions(Database db) {
        this.db = db;
    }

    @Override
    public void decide(long reportId, String fingerprint, Kind kind, String comment) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO decision (report_id, fingerprint, decision, comment, "
                    + "decided_at) KEY (report_id, fingerprint) VALUES (?,?,?,?,?)")) {
                ps.setLong(1, reportId);
                ps.setString(2, fingerprint);
                ps.setString(3, kind.name());
                ps.setString(4, comment);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void withdraw(long reportId, String fingerprint) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM decision WHERE report_id = ? AND fingerprint = ?")) {
                ps.setLong(1, reportId);
                ps.setString(2, fingerprint);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, Decision> of(long reportId) {
        return db.transaction(c -> {
            Map<String, Decision> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT fingerprint, decision, comment, decided_at FROM decision WHERE report_id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Decision(rs.getString(1), Kind.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getTimestamp(4).toInstant()));
                    }
                }
            }
            return out;
        });
    }
}
