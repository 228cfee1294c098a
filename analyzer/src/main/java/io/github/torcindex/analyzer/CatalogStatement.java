package io.github.torcindex.analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One named statement of a query catalog, with what is expected of its plan.
 *
 * @param name the statement's unique name
 * @param group the query-pattern group it belongs to (free text)
 * @param sql the statement, with {@code :name} or {@code ?} parameters
 * @param expectations what its plan must show at each index level
 * @param samplers how to sample a realistic value for each named parameter: a SELECT or a literal
 * @param write whether it writes (it is planned, never executed)
 * @param metadata the file's other {@code -- key: value} lines before the statement ({@code endpoint},
 *     {@code params}, ...), kept as they were
 */
public record CatalogStatement(String name, String group, String sql, Expectations expectations,
        Map<String, String> samplers, boolean write, Map<String, String> metadata) {

    /** Validates and copies the components. */
    public CatalogStatement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(expectations, "expectations");
        // Shared empty maps: a catalog may hold hundreds of thousands of statements without directives.
        samplers = samplers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(samplers));
        metadata = metadata.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
    }

    /**
     * How much the statement counts in the workload: its {@code -- weight:} line, or the executions a query log
     * counted; 1 when not given.
     */
    public double weight() {
        String w = metadata.get("weight");
        return w == null ? 1.0 : Double.parseDouble(w);
    }

    /** Other names the same SQL has in the workload (planned once; see {@link QueryCatalog#distinct()}). */
    public List<String> alsoNamed() {
        String also = metadata.get("also-named");
        return also == null ? List.of() : List.of(also.split(", "));
    }

    /** This statement standing for itself and {@code others} of the same SQL: their names, summed weights. */
    CatalogStatement mergedWith(List<CatalogStatement> others) {
        if (others.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(metadata);
        double total = weight() + others.stream().mapToDouble(CatalogStatement::weight).sum();
        merged.put("weight", total == Math.rint(total) ? Long.toString((long) total) : Double.toString(total));
        merged.put("also-named", String.join(", ", others.stream().map(CatalogStatement::name).toList()));
        return new CatalogStatement(name, group, sql, expectations, samplers, write, merged);
    }

    /**
     * What a statement's plan must show.
     *
     * @param indexes from a level on, the index that must serve a table
     * @param orderFromLevel from this level on, no temporary B-tree may sort for ORDER BY
     * @param allowScan tables that the statement is meant to scan in full
     */
    public record Expectations(List<IndexExpectation> indexes, OptionalInt orderFromLevel, Set<String> allowScan) {

        /** Copies the collections. */
        public Expectations {
            indexes = List.copyOf(indexes);
            Objects.requireNonNull(orderFromLevel, "orderFromLevel");
            allowScan = Set.copyOf(allowScan);
        }
    }

    /**
     * From level {@code fromLevel} on, the statement reaches {@code table} through an index whose leading
     * columns are {@code columns} ({@code [rowid]}: through the INTEGER PRIMARY KEY).
     *
     * @param fromLevel the first index level at which the expectation holds
     * @param table the table
     * @param columns the leading columns, or {@code [rowid]}
     */
    public record IndexExpectation(int fromLevel, String table, List<String> columns) {

        /** Validates and copies the components. */
        public IndexExpectation {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("columns: an expectation on " + table + " names no column");
            }
        }

        /** Whether the expectation is the rowid. */
        public boolean isRowid() {
            return columns.equals(List.of("rowid"));
        }

        @Override
        public String toString() {
            return table + "(" + String.join(", ", columns) + ") from level " + fromLevel;
        }
    }
}
