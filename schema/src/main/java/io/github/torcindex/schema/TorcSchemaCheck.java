package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Refuses an SQLite file that is not a Torc database, or a Torc database that lacks baseline tables or columns. */
final class TorcSchemaCheck {

    private TorcSchemaCheck() {
    }

    static void requireTorc(TorcDatabase database) {
        Set<String> present = database.tableNames();
        List<String> missing = new ArrayList<>();
        for (String table : TorcDatabase.TABLES) {
            if (!present.contains(table)) {
                missing.add(table);
            }
        }
        if (missing.size() == TorcDatabase.TABLES.size()) {
            throw new TorcIndexException(ErrorCode.NOT_TORC, database.path() + " is an SQLite database but not a "
                    + "Torc database: it has none of Torc's tables (job, workflow, result, ...)"
                    + (present.isEmpty() ? "; it has no tables at all." : "; its tables are " + present + ".")
                    + " Point --db at the file your Torc server uses.");
        }
        if (!present.contains("job") || !present.contains("workflow")) {
            throw new TorcIndexException(ErrorCode.NOT_TORC, database.path() + " is not a Torc database: it has "
                    + "no " + (present.contains("job") ? "workflow" : "job") + " table. Point --db at the file your "
                    + "Torc server uses.");
        }
        if (!database.torcVersion().baselineTables()) {
            // A newer Torc has dropped or merged tables an older one had (workflow_status): work with what is there.
            return;
        }
        if (!missing.isEmpty()) {
            throw new TorcIndexException(ErrorCode.NOT_TORC, database.path() + " is not a complete Torc database: "
                    + "missing " + (missing.size() == 1 ? "table " : "tables ") + String.join(", ", missing)
                    + " (its Torc schema: " + database.torcVersion().schema() + "). It may come from an older or "
                    + "damaged Torc; let the Torc server migrate it first.");
        }
        requireColumns(database);
    }

    private static void requireColumns(TorcDatabase database) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : BaselineColumns.all().entrySet()) {
            Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            try (PreparedStatement ps = database.connection().prepareStatement(
                    "SELECT name FROM pragma_table_info(?)")) {
                ps.setString(1, table.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        present.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw database.failure("read the columns of " + table.getKey() + " in", e);
            }
            table.getValue().stream().filter(c -> !present.contains(c)).map(c -> table.getKey() + "." + c)
                    .forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            throw new TorcIndexException(ErrorCode.NOT_TORC, database.path() + " is not a complete Torc database: "
                    + "missing " + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing)
                    + ". It may come from an older or damaged Torc; let the Torc server migrate it first.");
        }
    }
}
