package io.github.torcindex.analyzer;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one statement.
 *
 * @param planned the statement and its plans
 * @param violations the rules its plans break (empty: it passes)
 */
public record StatementCheck(PlannedStatement planned, List<Violation> violations) {

    /** Validates and copies the components. */
    public StatementCheck {
        Objects.requireNonNull(planned, "planned");
        violations = List.copyOf(violations);
    }

    /** Whether the statement passes every rule. */
    public boolean passes() {
        return violations.isEmpty();
    }
}
