package io.github.torcindex.analyzer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an EXPLAIN QUERY PLAN, parsed. Both SQLite text forms are read: before 3.36
 * ({@code SEARCH TABLE job AS j USING INDEX x (workflow_id=?)}) and after ({@code SEARCH j USING INDEX x
 * (workflow_id=?)}).
 *
 * @param detail the line as SQLite printed it
 * @param kind what the step does
 * @param name the table, alias, CTE or subquery the step reads, as printed (empty for other kinds)
 * @param alias the alias given with {@code AS} in the old form, if any
 * @param access how a SCAN or SEARCH reaches its rows
 * @param index the index named by the step, if any
 * @param constraints the constraint text in parentheses, for example {@code workflow_id=? AND status=?}
 * @param children the steps nested under this one
 */
public record PlanStep(String detail, Kind kind, String name, Optional<String> alias, Access access,
        Optional<String> index, String constraints, List<PlanStep> children) {

    /** What a plan step does. */
    public enum Kind {
        SCAN, SEARCH, TEMP_BTREE, SUBQUERY, CORRELATED_SUBQUERY, CO_ROUTINE, MATERIALIZE, BLOOM_FILTER,
        COMPOUND, MULTI_INDEX_OR, OTHER
    }

    /** How a SCAN or SEARCH reaches its rows. */
    public enum Access {
        /** Reads the table itself (a full scan for SCAN). */
        TABLE,
        /** Through an index, then the table. */
        INDEX,
        /** Through an index that holds every column it needs. */
        COVERING_INDEX,
        /** Through the rowid. */
        INTEGER_PRIMARY_KEY,
        /** Through a PRIMARY KEY of a WITHOUT ROWID table. */
        PRIMARY_KEY,
        /** Through a temporary index SQLite builds for this one execution. */
        AUTOMATIC_INDEX,
        /** Not a table access. */
        NONE
    }

    private static final Pattern ACCESS = Pattern.compile(
            "^(SCAN|SEARCH)(?: TABLE)? (\\S+|\\(subquery-\\d+\\))(?: AS (\\S+))?"
                    + "(?: USING (AUTOMATIC (?:PARTIAL )?COVERING INDEX|COVERING INDEX|INDEX|INTEGER PRIMARY KEY"
                    + "|PRIMARY KEY)(?: (?!\\()(\\S+))?)?(?: ?\\((.*)\\))?.*$");
    private static final Pattern BLOOM = Pattern.compile("^BLOOM FILTER ON (\\S+) \\((.*)\\)$");

    /** Validates and copies the components. */
    public PlanStep {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(constraints, "constraints");
        children = List.copyOf(children);
    }

    /** Parses one detail line; {@code children} are its already-parsed nested steps. */
    public static PlanStep parse(String detail, List<PlanStep> children) {
        String d = detail.strip();
        Matcher m = ACCESS.matcher(d);
        if (m.matches() && !d.startsWith("SCAN CONSTANT ROW")) {
            Kind kind = m.group(1).equals("SCAN") ? Kind.SCAN : Kind.SEARCH;
            Access access = Access.TABLE;
            String using = m.group(4);
            if (using != null) {
                access = switch (using) {
                    case "COVERING INDEX" -> Access.COVERING_INDEX;
                    case "INDEX" -> Access.INDEX;
                    case "INTEGER PRIMARY KEY" -> Access.INTEGER_PRIMARY_KEY;
                    case "PRIMARY KEY" -> Access.PRIMARY_KEY;
                    default -> Access.AUTOMATIC_INDEX;
                };
            }
            return new PlanStep(d, kind, m.group(2), Optional.ofNullable(m.group(3)), access,
                    Optional.ofNullable(m.group(5)), m.group(6) == null ? "" : m.group(6), children);
        }
        Matcher bloom = BLOOM.matcher(d);
        if (bloom.matches()) {
            return new PlanStep(d, Kind.BLOOM_FILTER, bloom.group(1), Optional.empty(), Access.NONE,
                    Optional.empty(), bloom.group(2), children);
        }
        Kind kind = Kind.OTHER;
        String name = "";
        if (d.startsWith("USE TEMP B-TREE")) {
            kind = Kind.TEMP_BTREE;
            name = d.substring(d.indexOf(" FOR ") + 5);
        } else if (d.startsWith("CORRELATED ")) {
            kind = Kind.CORRELATED_SUBQUERY;
        } else if (d.contains("SUBQUERY")) {
            kind = Kind.SUBQUERY;
        } else if (d.startsWith("CO-ROUTINE ")) {
            kind = Kind.CO_ROUTINE;
            name = d.substring("CO-ROUTINE ".length());
        } else if (d.startsWith("MATERIALIZE ")) {
            kind = Kind.MATERIALIZE;
            name = d.substring("MATERIALIZE ".length());
        } else if (d.startsWith("COMPOUND") || d.startsWith("UNION") || d.startsWith("LEFT-MOST SUBQUERY")
                || d.startsWith("EXCEPT") || d.startsWith("INTERSECT")) {
            kind = Kind.COMPOUND;
        } else if (d.startsWith("MULTI-INDEX OR")) {
            kind = Kind.MULTI_INDEX_OR;
        }
        return new PlanStep(d, kind, name, Optional.empty(), Access.NONE, Optional.empty(), "", children);
    }

    /** Whether this step reads a table or index (SCAN or SEARCH). */
    public boolean isAccess() {
        return kind == Kind.SCAN || kind == Kind.SEARCH;
    }

    /** Whether this step reads every row of its table (a SCAN not limited by an index range). */
    public boolean isFullScan() {
        return kind == Kind.SCAN && access != Access.AUTOMATIC_INDEX;
    }

    /** The name a query used for the table: the old form's alias if any, else the printed name. */
    public String reference() {
        return alias.orElse(name).toLowerCase(Locale.ROOT);
    }

    /** This step and all nested steps, depth first. */
    public List<PlanStep> flatten() {
        java.util.ArrayList<PlanStep> all = new java.util.ArrayList<>();
        all.add(this);
        for (PlanStep child : children) {
            all.addAll(child.flatten());
        }
        return all;
    }
}
