package org.disclosure.pipeline.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The index's database, its schema brought up to date by Flyway's migrations in
 * {@code db/index/} when it is opened. Embedded H2 keeps a small pool of connections open (the
 * database would close with its last one); PostgreSQL is asked for a connection per unit of work.
 */
public final class IndexDatabase implements AutoCloseable {

    static final String MIGRATIONS = "classpath:db/index";

    private final IndexSettings settings;
    private final JdbcConnectionPool pool;

    private IndexDatabase(IndexSettings settings, JdbcConnectionPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /** Opens the database and applies every migration it has not had yet. */
    public static IndexDatabase open(IndexSettings settings) {
        JdbcConnectionPool pool = settings.embedded()
                ? JdbcConnectionPool.create(settings.url(), settings.user(), settings.password()) : null;
        IndexDatabase database = new IndexDatabase(settings, pool);
        try {
            Flyway.configure(IndexDatabase.class.getClassLoader())
                    .dataSource(settings.url(), settings.user(), settings.password())
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public IndexSettings settings() {
        return settings;
    }

    public Connection connection() throws SQLException {
        return pool != null ? pool.getConnection()
                : DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.dispose();
        }
    }
}
