package nianbao.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The archive's database: an H2 file ({@code archive.mv.db}) in the data directory, created on first
 * start and brought to the current schema by the Flyway migrations of
 * {@code src/main/resources/db/migration}. Work is done in transactions: a failure rolls back
 * everything the transaction wrote, so a failed upload never loses or half-writes stored data.
 */
public final class Database implements AutoCloseable {

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating on first use) the archive in {@code dataDir} and migrates its schema. */
    public static Database open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.toAbsolutePath().resolve("archive");
        // FILE_LOCK=FILE: a second server on the same data directory is refused, not corrupting it
        String url = "jdbc:h2:file:" + file + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "nianbao", "");
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
        pool.dispose();
    }
}
