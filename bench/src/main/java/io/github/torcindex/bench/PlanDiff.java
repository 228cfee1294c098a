package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two plans of a statement side by side, step by step, for the report of a database run. */
final class PlanDiff {

    private static final Pattern INDEX = Pattern.compile("USING (?:COVERING )?INDEX (\\S+)");

    private PlanDiff() {
    }

    /** Whether the statement's plan at {@code level} is the plan it has as shipped. */
    static boolean samePlan(JsonNode plans, String name, String level) {
        return plans.path(level).path(name).asText().equals(plans.path("shipped").path(name).asText());
    }

    /** The two plans step by step, the indexes the new one uses and the old one doesn't in bold. */
    static void sideBySide(String before, String after, String level, StringBuilder md) {
        sideBySide(before, after, "shipped", level, md);
    }

    /** As {@link #sideBySide(String, String, String, StringBuilder)}, the old plan's level named. */
    static void sideBySide(String before, String after, String beforeLevel, String level, StringBuilder md) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        List<String> oldIndexes = indexes(before);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
            String n = i < now.size() ? now.get(i) : "";
            Matcher m = INDEX.matcher(n);
            if (m.find() && !oldIndexes.contains(m.group(1))) {
                n = n.replace(m.group(1), "**" + m.group(1) + "**");
            }
            rows.add(List.of(i < old.size() ? code(old.get(i)) : "", n.isEmpty() ? "" : n.contains("**")
                    ? n : code(n)));
        }
        BenchReport.table(List.of(beforeLevel.equals("shipped") ? "plan as shipped" : "plan at " + beforeLevel,
                "plan at level " + level + " (new index in bold)"), rows, List.of(), md);
    }

    /** A code span that may itself hold backticks (SQLite's plan lines begin with one). */
    private static String code(String text) {
        return "`` " + text + " ``";
    }

    private static List<String> indexes(String plan) {
        List<String> found = new ArrayList<>();
        Matcher m = INDEX.matcher(plan);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
