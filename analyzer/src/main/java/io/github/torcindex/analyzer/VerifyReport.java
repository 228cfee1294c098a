package io.github.torcindex.analyzer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link PlanVerifier#verify}: the conditions of the check and a verdict per statement.
 *
 * @param database the database
 * @param catalog where the statements came from
 * @param statements how many statements the workload has (duplicates of one SQL are checked once)
 * @param conditions SQLite version, level, statistics and table sizes the plans depend on
 * @param checks one verdict per statement, in catalog order
 * @param skipped the statements not checked: not queries, or not preparable by SQLite
 */
public record VerifyReport(Path database, String catalog, int statements, CheckConditions conditions, List<StatementCheck> checks,
        List<SkippedStatement> skipped) {

    /** Validates and copies the components. */
    public VerifyReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(conditions, "conditions");
        checks = List.copyOf(checks);
        skipped = List.copyOf(skipped);
    }

    /** The statements SQLite could not prepare: findings, as a plan that scans is. */
    public List<SkippedStatement> unpreparable() {
        return skipped.stream().filter(SkippedStatement::unpreparable).toList();
    }

    /** Whether the check found nothing: no statement breaks a rule and every statement could be prepared. */
    public boolean passes() {
        return failures().isEmpty() && unpreparable().isEmpty();
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
