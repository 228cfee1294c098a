package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.indexer.IndexDefinition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plans catalog statements on one connection and knows the indexes and table sizes behind the plans. */
class Planner {

    private final Connection connection;
    private final ParameterSampler sampler;
    private final Map<String, ExistingIndex> indexes = new HashMap<>();
    private final Map<String, Long> rows = new HashMap<>();

    Planner(Connection connection) throws SQLException {
        this(connection, new ParameterSampler(connection));
    }

    Planner(Connection connection, ParameterSampler sampler) throws SQLException {
        this.connection = connection;
        this.sampler = sampler;
        refreshIndexes();
    }

    /** Re-reads the schema's indexes (after an index was created or dropped on this connection). */
    void refreshIndexes() throws SQLException {
        indexes.clear();
        for (ExistingIndex index : ExistingIndex.readAll(connection)) {
            indexes.put(index.name().toLowerCase(Locale.ROOT), index);
        }
    }

    Connection connection() {
        return connection;
    }

    List<ExistingIndex> indexes() {
        return List.copyOf(indexes.values());
    }

    /** The definition of the index a step uses, by the name in the plan. */
    Optional<IndexDefinition> definitionOf(PlanStep step) {
        return step.index().map(n -> indexes.get(n.toLowerCase(Locale.ROOT))).flatMap(ExistingIndex::definition);
    }

    /**
     * The key columns of the index a step uses, lower case: its definition's, or for an index torc-index gives
     * no definition (a DESC column, a collation) SQLite's {@code PRAGMA index_info}, without expressions.
     */
    List<String> columnsOf(PlanStep step) {
        Optional<IndexDefinition> definition = definitionOf(step);
        if (definition.isPresent() || step.index().isEmpty()) {
            return definition.map(IndexDefinition::columns).orElse(List.of());
        }
        List<String> columns = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA index_info(\""
                + step.index().get().replace("\"", "\"\"") + "\")")) {
            while (rs.next()) {
                if (rs.getString("name") != null) {
                    columns.add(rs.getString("name").toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return columns;
    }

    /**
     * Plans a statement twice, unbound and with sampled values.
     *
     * @throws TorcIndexException with {@link ErrorCode#BAD_INPUT_FILE} if SQLite can't prepare it
     */
    PlannedStatement plan(CatalogStatement statement, String source) {
        SqlParse parse = SqlParse.of(statement.sql());
        Map<String, Object> values = sampler.sample(statement, parse);
        String bound = SqlParameters.substitute(statement.sql(),
                p -> values.containsKey(p.name()) ? SqlText.literal(values.get(p.name())) : null);
        try {
            return new PlannedStatement(statement, values, QueryPlan.explain(connection, statement.sql()),
                    QueryPlan.explain(connection, bound), parse);
        } catch (SQLException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Statement " + statement.name() + " of "
                    + source + " can't be planned: " + e.getMessage() + ". Fix the SQL, or check that the "
                    + "database has the tables and columns it names.", e);
        }
    }

    /**
     * How many rows a full scan step reads: all rows of its table, or only those of the partial index it
     * scans (a partial index holds just the rows matching its predicate).
     */
    long rowsScanned(PlanStep step, String table) {
        Optional<IndexDefinition> index = definitionOf(step);
        if (index.isPresent() && index.get().predicate().isPresent()) {
            String where = index.get().predicate().get();
            return rows.computeIfAbsent(table + " WHERE " + where, key -> count("SELECT count(*) FROM \"" + table
                    + "\" WHERE " + where));
        }
        return rows(table);
    }

    private long count(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0L;
        }
    }

    /** The number of rows of a table, counted once. */
    long rows(String table) {
        return rows.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> count("SELECT count(*) FROM \"" + t + "\""));
    }

    /**
     * Plans {@code statement}, or records in {@code skipped} why it is not planned: it is not a query (DDL,
     * PRAGMA, ...), or SQLite can't prepare it (a finding, with SQLite's message).
     *
     * @throws TorcIndexException if the database can't be read (anything but the statement itself)
     */
    Optional<PlannedStatement> planOrSkip(CatalogStatement statement, String source, List<SkippedStatement> skipped) {
        Optional<SkippedStatement> notAQuery = SkippedStatement.notAQuery(statement);
        if (notAQuery.isPresent()) {
            skipped.add(notAQuery.get());
            return Optional.empty();
        }
        try {
            return Optional.of(plan(statement, source));
        } catch (TorcIndexException e) {
            if (e.code() != ErrorCode.BAD_INPUT_FILE) {
                throw e;
            }
            skipped.add(new SkippedStatement(statement.name(), statement.sql(), e.getMessage(), true));
            return Optional.empty();
        }
    }
}
