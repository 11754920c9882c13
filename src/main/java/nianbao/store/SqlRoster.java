package nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link Roster} in the H2 database. */
public final class SqlRoster implements Roster {
    private final Database db;

    public SqlRoster(Database db) {
        this.db = db;
    }

    @Override
    public List<Body> replace(List<Body> bodies) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE report SET body_id = NULL");
                s.executeUpdate("DELETE FROM body");
            }
            List<Body> out = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO body (name, name_key, kind, region, parent, imported_at) "
                    + "VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (Body b : bodies) {
                    ps.setString(1, b.name());
                    ps.setString(2, b.nameKey());
                    ps.setString(3, b.kind());
                    ps.setString(4, b.region());
                    ps.setString(5, b.parent());
                    ps.setTimestamp(6, now);
                    ps.executeUpdate();
                    try (ResultSet k = ps.getGeneratedKeys()) {
                        k.next();
                        out.add(new Body(k.getLong(1), b.name(), b.nameKey(), b.kind(), b.region(), b.parent()));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Body> all() {
        return db.transaction(c -> {
            List<Body> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, name_key, kind, region, parent FROM body ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Body(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
            return out;
        });
    }
}
