package io.github.torcindex.analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement with its plans: unbound (what a server that binds parameters gets) and with realistic values
 * written into the SQL (what a partial index needs to be usable).
 *
 * @param statement the catalog statement
 * @param values the values sampled for its named parameters
 * @param unbound the plan with parameters unbound
 * @param bound the plan with the sampled values in place of parameters
 * @param parse the statement as the SQL parser reads it
 */
public record PlannedStatement(CatalogStatement statement, Map<String, Object> values, QueryPlan unbound,
        QueryPlan bound, SqlParse parse) {

    /** Validates and copies the components. */
    public PlannedStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(unbound, "unbound");
        Objects.requireNonNull(bound, "bound");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(parse, "parse");
    }

    /** Which table each name in the statement stands for. */
    public Map<String, String> aliases() {
        return parse.aliases();
    }

    /** The table a plan step reads, if it reads one of the statement's tables. */
    public Optional<String> tableOf(PlanStep step) {
        return Optional.ofNullable(aliases().get(step.reference()))
                .or(() -> Optional.ofNullable(aliases().get(step.name().toLowerCase(java.util.Locale.ROOT))));
    }
}
