package io.github.torcindex.analyzer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link PlanVerifier#verify}: the conditions of the check and a verdict per statement.
 *
 * @param database the database
 * @param catalog where the statements came from
 * @param conditions SQLite version, level, statistics and table sizes the plans depend on
 * @param checks one verdict per statement, in catalog order
 */
public record VerifyReport(Path database, String catalog, CheckConditions conditions, List<StatementCheck> checks) {

    /** Validates and copies the components. */
    public VerifyReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(conditions, "conditions");
        checks = List.copyOf(checks);
    }

    /** The statements that break a rule. */
    public List<StatementCheck> failures() {
        return checks.stream().filter(c -> !c.passes()).toList();
    }

    /** Every violation of every statement. */
    public List<Violation> violations() {
        return checks.stream().flatMap(c -> c.violations().stream()).toList();
    }
}
