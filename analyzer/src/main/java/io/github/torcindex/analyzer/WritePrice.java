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
 * INSERT ... VALUES, else the rows the write's plan reads on its table (its WHERE), at least one.
 */
final class WritePrice {

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
            double rows = rowsWritten(p, w.get());
            cost += p.statement().weight() * rows * (w.get().kind().equals("UPDATE") ? 2 : 1);
            writes.add(p.statement().name());
        }
        return Map.entry(cost, writes);
    }

    /**
     * The workload's weighted write cost as it is: every write statement's rows times (the table itself plus
     * each index it maintains now). The base of {@code --max-write-overhead}.
     */
    double baseline() {
        double total = 0;
        for (PlannedStatement p : lab.plans().values()) {
            Optional<SqlParse.Write> w = p.parse().write();
            if (w.isPresent()) {
                long indexes = lab.planner().indexes().stream().filter(i -> i.definition()
                        .map(d -> d.table().equalsIgnoreCase(w.get().table())).orElse(false)).count();
                total += p.statement().weight() * rowsWritten(p, w.get()) * (1 + indexes);
            }
        }
        return total;
    }

    private double rowsWritten(PlannedStatement p, SqlParse.Write w) {
        if (w.kind().equals("INSERT") && !p.statement().sql().toUpperCase(java.util.Locale.ROOT).contains("SELECT")) {
            return 1;
        }
        return Math.max(1.0, lab.cost().rowsRead(p, p.unbound()));
    }

    /** Rows (of a partial index: those its predicate selects) times (the average width of the columns and rowid, plus 4 bytes of cell header) times 1.1 (fill). */
    long bytes(IndexDefinition index) {
        long rows = index.predicate().isEmpty() ? lab.planner().rows(index.table())
                : widths.computeIfAbsent(index.table() + " WHERE " + index.predicate().get(), k -> count(index));
        long width = 8 + 4;
        for (String column : index.columns()) {
            width += widths.computeIfAbsent(index.table() + "." + column, k -> width(index.table(), column));
        }
        return (long) (rows * width * 1.1);
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

    private long width(String table, String column) {
        try (Statement st = lab.real().createStatement(); ResultSet rs = st.executeQuery("SELECT avg(length(CAST(\""
                + column + "\" AS BLOB))) FROM (SELECT \"" + column + "\" FROM \"" + table + "\" LIMIT 2000)")) {
            return rs.next() ? Math.max(1, Math.round(rs.getDouble(1))) : 8;
        } catch (SQLException e) {
            return 8;
        }
    }
}
