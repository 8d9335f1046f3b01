package org.disclosure.pipeline.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every index table, as text, in a fixed order: two indexes are equal when their dumps are. */
public final class IndexDump {

    private IndexDump() {
    }

    public static List<String> of(IndexDatabase database) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("documents ORDER BY sha256", "document_tables ORDER BY document, table_id",
                    "figures ORDER BY document, table_id, grid_row, grid_column", "checks ORDER BY document, check_order",
                    "search_terms ORDER BY document, term")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder(table.substring(0, table.indexOf(' ')));
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            line.append('|').append(rows.getString(c));
                        }
                        lines.add(line.toString());
                    }
                }
            }
        }
        return lines;
    }
}
