package io.github.torcindex.analyzer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The EXPLAIN QUERY PLAN of one statement as a tree of {@link PlanStep}s. Steps at the same level run as
 * nested loops in the order listed: the first is the outer loop, each later one runs once per row of those
 * before it.
 *
 * @param steps the top-level steps
 */
public record QueryPlan(List<PlanStep> steps) {

    /** Copies the steps. */
    public QueryPlan {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /**
     * Plans {@code sql} on {@code connection}; nothing is executed.
     *
     * @throws SQLException if SQLite can't prepare the statement (syntax error, unknown table or column)
     */
    public static QueryPlan explain(Connection connection, String sql) throws SQLException {
        List<int[]> ids = new ArrayList<>();
        List<String> details = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                ids.add(new int[] {rs.getInt(1), rs.getInt(2)});
                details.add(rs.getString(4));
            }
        }
        return fromRows(ids, details);
    }

    /**
     * Builds a plan from EXPLAIN QUERY PLAN rows: each row's id, its parent's id (0 at the top) and its detail.
     */
    static QueryPlan fromRows(List<int[]> idAndParent, List<String> details) {
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        Map<Integer, String> detailById = new LinkedHashMap<>();
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            int id = idAndParent.get(i)[0];
            int parent = idAndParent.get(i)[1];
            detailById.put(id, details.get(i));
            if (parent == 0 || !detailById.containsKey(parent)) {
                top.add(id);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id);
            }
        }
        return new QueryPlan(top.stream().map(id -> build(id, detailById, children)).toList());
    }

    private static PlanStep build(int id, Map<Integer, String> details, Map<Integer, List<Integer>> children) {
        List<PlanStep> nested = children.getOrDefault(id, List.of()).stream()
                .map(child -> build(child, details, children)).toList();
        return PlanStep.parse(details.get(id), nested);
    }

    /**
     * Parses the tree that the sqlite3 shell prints ({@code QUERY PLAN}, then lines drawn with {@code |--},
     * {@code `--} and {@code |  }), as recorded in docs and tests.
     */
    public static QueryPlan parseText(String text) {
        List<int[]> ids = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        int next = 1;
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.strip().equals("QUERY PLAN")) {
                continue;
            }
            int depth = 0;
            int pos = 0;
            while (line.startsWith("|  ", pos) || line.startsWith("   ", pos)) {
                depth++;
                pos += 3;
            }
            String rest = line.substring(pos);
            if (rest.startsWith("|--") || rest.startsWith("`--")) {
                rest = rest.substring(3);
            }
            while (stack.size() > depth) {
                stack.remove(stack.size() - 1);
            }
            int id = next++;
            ids.add(new int[] {id, stack.isEmpty() ? 0 : stack.get(stack.size() - 1)});
            details.add(rest.strip());
            stack.add(id);
        }
        return fromRows(ids, details);
    }

    /** Every step, depth first. */
    public List<PlanStep> allSteps() {
        return steps.stream().flatMap(s -> s.flatten().stream()).toList();
    }

    /** Every SCAN or SEARCH step. */
    public List<PlanStep> accesses() {
        return allSteps().stream().filter(PlanStep::isAccess).toList();
    }

    /**
     * The access steps that run once per row of an outer loop: every SCAN or SEARCH after the first at the
     * same level, and every access inside a correlated subquery.
     */
    public List<PlanStep> innerLoopAccesses() {
        List<PlanStep> inner = new ArrayList<>();
        collectInner(steps, false, inner);
        return inner;
    }

    private static void collectInner(List<PlanStep> level, boolean insideLoop, List<PlanStep> out) {
        boolean seenLoop = false;
        for (PlanStep step : level) {
            if (step.isAccess()) {
                if (insideLoop || seenLoop) {
                    out.add(step);
                }
                seenLoop = true;
            }
            boolean childInside = insideLoop || step.kind() == PlanStep.Kind.CORRELATED_SUBQUERY;
            collectInner(step.children(), childInside, out);
        }
    }

    /** The first temporary B-tree step for a purpose ("ORDER BY", "GROUP BY", "DISTINCT"), if any. */
    public Optional<PlanStep> tempBtree(String purpose) {
        return allSteps().stream().filter(s -> s.kind() == PlanStep.Kind.TEMP_BTREE)
                .filter(s -> s.name().contains(purpose)).findFirst();
    }

    /** The plan as the sqlite3 shell draws it. */
    public String text() {
        StringBuilder out = new StringBuilder("QUERY PLAN\n");
        draw(steps, "", out);
        return out.toString().stripTrailing();
    }

    private static void draw(List<PlanStep> level, String indent, StringBuilder out) {
        for (int i = 0; i < level.size(); i++) {
            boolean last = i == level.size() - 1;
            out.append(indent).append(last ? "`--" : "|--").append(level.get(i).detail()).append('\n');
            draw(level.get(i).children(), indent + (last ? "   " : "|  "), out);
        }
    }

    /** The plan on one line, steps separated by {@code ; }, for logs and tables. */
    public String oneLine() {
        return allSteps().stream().map(PlanStep::detail).collect(Collectors.joining("; "));
    }
}
