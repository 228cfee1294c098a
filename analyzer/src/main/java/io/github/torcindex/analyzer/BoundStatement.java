package io.github.torcindex.analyzer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workload statement ready to run on a database: its SQL with every placeholder style turned into JDBC's
 * {@code ?} ({@link SqlParameters}), and values sampled from a database for each parameter, the same reading
 * of parameters and the same sampled values as verify, advise and compare use. The benchmarks of a user's
 * database time statements this way.
 *
 * @param name the statement's name
 * @param jdbcSql the SQL with {@code ?} placeholders
 * @param parameters the name bound at each {@code ?}, in order
 * @param values the sampled value of each parameter name (absent: bound as NULL)
 */
public record BoundStatement(String name, String jdbcSql, List<String> parameters, Map<String, Object> values) {

    /** Validates and copies the components. */
    public BoundStatement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jdbcSql, "jdbcSql");
        parameters = List.copyOf(parameters);
        values = Map.copyOf(values.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** {@code statement} with values sampled on {@code connection} (its catalog's sampler lines, else its data). */
    public static BoundStatement sample(Connection connection, CatalogStatement statement) {
        Map.Entry<String, List<String>> jdbc = SqlParameters.positional(statement.sql());
        return new BoundStatement(statement.name(), jdbc.getKey(), jdbc.getValue(),
                new ParameterSampler(connection).sample(statement, SqlParse.of(statement.sql())));
    }

    /**
     * Prepares the statement on {@code connection} and binds the sampled values.
     *
     * @throws SQLException if SQLite can't prepare it there
     */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement p = connection.prepareStatement(jdbcSql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                p.setObject(i + 1, values.get(parameters.get(i)));
            }
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }

    /** Whether it is a write (INSERT, UPDATE, DELETE, REPLACE), by its parse or its catalog entry. */
    public static boolean isWrite(CatalogStatement statement) {
        return statement.write() || SqlParse.of(statement.sql()).write().isPresent();
    }

    /** Whether it can be timed as a query: not a write, not a transaction or schema statement. */
    public static boolean isQuery(CatalogStatement statement) {
        return !isWrite(statement) && SkippedStatement.notAQuery(statement).isEmpty();
    }
}
