package io.github.torcindex.analyzer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic values for a statement's named parameters, sampled from the database: the largest workflow (the newest
 * of equals), a job that many others depend on, a file that jobs read, the most common user. A catalog's
 * {@code param:} lines override these. Values are sampled once per name and database.
 */
final class ParameterSampler {

    static final Map<String, String> BUILT_IN = Map.ofEntries(
            // The largest workflow, the newest among equals: the one a running server is asked about (the oldest
            // lies at the start of every table, where a scan in rowid order finds its rows at once).
            Map.entry("workflow_id", "SELECT workflow_id FROM job GROUP BY workflow_id ORDER BY count(*) DESC, "
                    + "workflow_id DESC LIMIT 1"),
            Map.entry("status", "2"),
            Map.entry("job_id", "SELECT depends_on_job_id FROM job_depends_on GROUP BY depends_on_job_id "
                    + "ORDER BY count(*) DESC, depends_on_job_id LIMIT 1"),
            Map.entry("file_id", "SELECT file_id FROM job_input_file ORDER BY rowid LIMIT 1 "
                    + "OFFSET (SELECT count(*) / 2 FROM job_input_file)"),
            Map.entry("user_data_id", "SELECT user_data_id FROM job_input_user_data ORDER BY rowid LIMIT 1"),
            Map.entry("user", "SELECT user FROM workflow GROUP BY user ORDER BY count(*) DESC, user LIMIT 1"),
            Map.entry("run_id", "1"),
            Map.entry("offset", "0"),
            Map.entry("limit", "1000"),
            Map.entry("since", "SELECT max(timestamp) - 3600000 FROM event"),
            Map.entry("num_gpus", "0"),
            Map.entry("memory_bytes", "17179869184"),
            Map.entry("runtime_s", "7200"),
            Map.entry("compute_node_id", "SELECT min(id) FROM compute_node"));

    private final Connection connection;
    private final Map<String, Optional<Object>> cache = new HashMap<>();

    ParameterSampler(Connection connection) {
        this.connection = connection;
    }

    /**
     * Values for every parameter of {@code statement} ({@link SqlParameters} names them): from the catalog's
     * {@code param:} lines, else the built-in samplers by name, else the most common value of the column the
     * parameter is compared with. A parameter with none of these, or whose sampler finds nothing, is absent.
     */
    Map<String, Object> sample(CatalogStatement statement, SqlParse parse) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SqlParameters.Placeholder p : SqlParameters.of(statement.sql())) {
            String name = p.name();
            if (values.containsKey(name)) {
                continue;
            }
            String sampler = statement.samplers().getOrDefault(name, BUILT_IN.get(name));
            Optional<Object> value;
            if (statement.samplers().containsKey(name)) {
                value = evaluate(sampler);
            } else if (sampler != null) {
                value = cache.computeIfAbsent(name, n -> evaluate(sampler));
            } else {
                value = columnOf(p, parse).flatMap(tc -> cache.computeIfAbsent(tc, k -> evaluate(
                        "SELECT \"" + tc.substring(tc.indexOf('.') + 1) + "\" FROM \"" + tc.substring(0, tc.indexOf('.'))
                                + "\" WHERE \"" + tc.substring(tc.indexOf('.') + 1) + "\" IS NOT NULL GROUP BY 1 "
                                + "ORDER BY count(*) DESC LIMIT 1")));
            }
            value.ifPresent(v -> values.put(name, v));
        }
        return values;
    }

    /** {@code table.column} for the column a positional parameter is compared with, if the statement says. */
    private Optional<String> columnOf(SqlParameters.Placeholder p, SqlParse parse) {
        if (p.name().matches("p\\d+|limit|offset")) {
            return Optional.empty();
        }
        if (p.qualifier().isPresent()) {
            return Optional.ofNullable(parse.aliases().get(p.qualifier().get())).map(t -> t + "." + p.name());
        }
        return parse.aliases().values().stream().distinct()
                .filter(t -> CandidateSearch.hasColumn(connection, t, p.name())).findFirst()
                .map(t -> t + "." + p.name());
    }

    private Optional<Object> evaluate(String sampler) {
        String s = sampler.strip();
        if (!s.regionMatches(true, 0, "SELECT", 0, 6)) {
            if (s.matches("-?\\d+")) {
                return Optional.of(Long.parseLong(s));
            }
            if (s.matches("-?\\d+\\.\\d+")) {
                return Optional.of(Double.parseDouble(s));
            }
            return Optional.of(s.startsWith("'") && s.endsWith("'") && s.length() >= 2
                    ? s.substring(1, s.length() - 1).replace("''", "'") : s);
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(s)) {
            return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
