package org.disclosure.pipeline.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;

/**
 * The index contract against a real PostgreSQL server: the one .ci/run starts (.ci/postgres),
 * named by PIPELINE_TEST_POSTGRES_URL, _USER and _PASSWORD (or the same as -D system properties,
 * lower case with dots). Each test gets a schema of its own, dropped afterwards. Without a
 * reachable server the tests skip and say why.
 */
class PostgresIndexTest extends IndexContract {

    private String schema;
    private String url;
    private String user;
    private String password;

    @Override
    IndexSettings emptyDatabase(Path root) throws Exception {
        url = setting("PIPELINE_TEST_POSTGRES_URL");
        user = setting("PIPELINE_TEST_POSTGRES_USER");
        password = setting("PIPELINE_TEST_POSTGRES_PASSWORD");
        assumeTrue(url != null, "no PostgreSQL named: set PIPELINE_TEST_POSTGRES_URL (.ci/run starts one with .ci/postgres)");
        schema = "index_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            assumeTrue(false, "PostgreSQL at " + url + " cannot be reached (" + unreachable.getMessage()
                    + "): the PostgreSQL index tests skip");
        }
        return IndexSettings.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, root);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static String setting(String variable) {
        String property = System.getProperty(variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        String value = property != null ? property : System.getenv(variable);
        return value == null || value.isBlank() ? null : value;
    }
}
