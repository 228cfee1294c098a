package io.github.torcindex.analyzer;

import io.github.torcindex.indexer.IndexDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices indexes on the workload's writes and estimates their size. A write statement changes an index when it
 * inserts into or deletes from its table, or updates one of its columns; each row it writes then costs one
 * B-tree change per index (two for an UPDATE: the old entry out, the new one in). Rows written: one for an
 * INSERT ... VALUES, else the rows the write's WHERE selects on its table, at least one.
 *
 * <p>In the cost model's unit, a row read: an index entry written costs {@link #ENTRY} and each execution of a
 * statement that changes the index {@link #PAGE} more, for the page it dirties (written to the WAL at commit and
 * to the database at checkpoint). Both measured with docs/scripts/write-price.py on Torc v0.12.0's tables
 * (docs/analyzer.md, "Price of writes"): an entry 1.2 us, 11 rowid lookups or 17 rows scanned; a one-row
 * transaction 14-24 us more with one more index, 130-226 lookups. The lower figures are taken.
 */
final class WritePrice {

    /** An index entry inserted or deleted, in rows read (measured: 11 lookups, 17 rows scanned). */
    static final double ENTRY = 11;
    /** The page a statement's change dirties in an index, per execution, in rows read (measured: 130-226). */
    static final double PAGE = 130;

    private final AdditionSearch.Lab lab;
    private final Map<String, Long> widths = new HashMap<>();

    WritePrice(AdditionSearch.Lab lab) {
        this.lab = lab;
    }

    /** The weighted write cost of {@code index}, and the statements that pay it. */
    Map.Entry<Double, List<String>> of(IndexDefinition index) {
        double cost = 0;
        List<String> writes = new ArrayList<>();
        for (PlannedStatement p : lab.plans().values()) {
            Optional<SqlParse.Write> w = p.parse().write();
            if (w.isEmpty() || !w.get().table().equalsIgnoreCase(index.table())) {
                continue;
            }
            boolean changes = switch (w.get().kind()) {
                case "UPDATE" -> w.get().columns().stream().anyMatch(index.columns()::contains)
                        || index.predicate().isPresent();
                default -> true;
            };
            if (!changes) {
                continue;
            }
            double entries = rowsWritten(p, w.get()) * (w.get().kind().equals("UPDATE") ? 2 : 1);
            cost += p.statement().weight() * (PAGE + ENTRY * entries);
            writes.add(p.statement().name());
        }
        return Map.entry(cost, writes);
    }

    /**
     * The workload's weighted write cost as it is: every write statement's price (its page and its rows, as for
     * an index) times (the table itself plus each index it maintains now). The base of
     * {@code --max-write-overhead}.
     */
    double baseline() {
        double total = 0;
        for (PlannedStatement p : lab.plans().values()) {
            Optional<SqlParse.Write> w = p.parse().write();
            if (w.isPresent()) {
                long indexes = lab.planner().indexes().stream().filter(i -> i.definition()
                        .map(d -> d.table().equalsIgnoreCase(w.get().table())).orElse(false)).count();
                total += p.statement().weight() * (PAGE + ENTRY * rowsWritten(p, w.get())) * (1 + indexes);
            }
        }
        return total;
    }

    private double rowsWritten(PlannedStatement p, SqlParse.Write w) {
        if (w.kind().equals("INSERT") && !p.statement().sql().toUpperCase(java.util.Locale.ROOT).contains("SELECT")) {
            return 1;
        }
        // The rows it changes, not the rows its plan reads to find them: a DELETE ... WHERE workflow_id = ? that
        // scans the table for want of an index changes one workflow's rows in each index, not the table's.
        return Math.max(1.0, Math.min(lab.cost().rowsRead(p, p.unbound()), lab.cost().rowsSelected(p, w.table())));
    }

    /**
     * Rows (of a partial index: those its predicate selects) times the bytes one entry takes in SQLite's record
     * format: each column's stored value and its serial-type byte, the rowid likewise, the record's header-size
     * byte, the cell's payload-size varint and its 2-byte cell pointer; plus 2% for page headers and interior
     * pages (an index CREATE INDEX builds from sorted keys fills its leaves; measured within a few percent on
     * Torc v0.12.0's tables, docs/analyzer.md).
     */
    long bytes(IndexDefinition index) {
        long rows = index.predicate().isEmpty() ? lab.planner().rows(index.table())
                : widths.computeIfAbsent(index.table() + " WHERE " + index.predicate().get(), k -> count(index));
        long payload = 1 + widths.computeIfAbsent(index.table() + ".rowid", k -> width(index.table(), "rowid"));
        for (String column : index.columns()) {
            payload += widths.computeIfAbsent(index.table() + "." + column, k -> width(index.table(), column));
        }
        long cell = (payload < 128 ? 1 : 2) + payload + 2;
        return (long) Math.ceil(rows * cell * 1.02);
    }

    /** The rows a partial index holds. */
    private long count(IndexDefinition index) {
        try (Statement st = lab.real().createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM \""
                + index.table() + "\" WHERE " + index.predicate().orElseThrow())) {
            return rs.next() ? rs.getLong(1) : lab.planner().rows(index.table());
        } catch (SQLException e) {
            return lab.planner().rows(index.table());
        }
    }

    /**
     * The average bytes a value of the column takes in a record, its serial-type byte(s) included (SQLite's file
     * format: integers 0 and 1 take none, others 1, 2, 3, 4, 6 or 8 bytes; reals 8; text and blobs their
     * length), over up to about 5,000 rows spread over the table.
     */
    private long width(String table, String column) {
        String c = "\"" + column.replace("\"", "\"\"") + "\"";
        String t = "\"" + table.replace("\"", "\"\"") + "\"";
        long stride = Math.max(1, lab.planner().rows(table) / 5_000);
        String size = "CASE typeof(v) WHEN 'integer' THEN CASE WHEN v IN (0, 1) THEN 0 WHEN v BETWEEN -128 AND 127 "
                + "THEN 1 WHEN v BETWEEN -32768 AND 32767 THEN 2 WHEN v BETWEEN -8388608 AND 8388607 THEN 3 "
                + "WHEN v BETWEEN -2147483648 AND 2147483647 THEN 4 WHEN v BETWEEN -140737488355328 AND "
                + "140737488355327 THEN 6 ELSE 8 END WHEN 'real' THEN 8 WHEN 'null' THEN 0 "
                + "ELSE length(CAST(v AS BLOB)) + CASE WHEN length(CAST(v AS BLOB)) > 57 THEN 1 ELSE 0 END END + 1";
        try (Statement st = lab.real().createStatement(); ResultSet rs = st.executeQuery("SELECT avg(" + size
                + ") FROM (SELECT " + c + " AS v FROM " + t + " WHERE rowid % " + stride + " = 0 LIMIT 10000)")) {
            return rs.next() && rs.getObject(1) != null ? Math.max(1, Math.round(rs.getDouble(1))) : 9;
        } catch (SQLException e) {
            // A WITHOUT ROWID table (no rowid: its primary key instead) or a column SQLite can't read.
            return 9;
        }
    }
}
