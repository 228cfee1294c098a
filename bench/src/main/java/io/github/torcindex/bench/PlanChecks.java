package io.github.torcindex.bench;

import io.github.torcindex.analyzer.PlanVerifier;
import io.github.torcindex.analyzer.StatementCheck;
import io.github.torcindex.analyzer.VerifyOptions;
import io.github.torcindex.analyzer.VerifyReport;
import io.github.torcindex.analyzer.Violation;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code verify} finds on a benchmark database, kept beside the timings (plans.json's sibling
 * verify.json) so that the report shows, per level, how many statements break a rule or an expectation and
 * which: the same check the CLI runs, on the same copies that were timed.
 */
final class PlanChecks {

    /** How many failing statements the report lists per level. */
    static final int LISTED = 15;

    private PlanChecks() {
    }

    /** verify's findings on {@code database} for {@code workload}, as JSON-ready values. */
    static Map<String, Object> of(Path database, Workload workload) {
        VerifyReport report = new PlanVerifier().verify(new VerifyOptions(database, workload,
                VerifyOptions.DEFAULT_LARGE_TABLE_ROWS, TorcDatabase.DEFAULT_BUSY_TIMEOUT));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statements", report.statements());
        out.put("failing", report.failures().size());
        List<Map<String, String>> listed = new ArrayList<>();
        for (StatementCheck check : report.failures()) {
            if (listed.size() == LISTED) {
                break;
            }
            Violation first = check.violations().get(0);
            listed.add(Map.of("statement", check.planned().statement().name(), "rule", first.rule().name()
                    .toLowerCase(Locale.ROOT), "message", first.message()));
        }
        out.put("examples", listed);
        return out;
    }

    /** The report's section: per level, statements checked, how many fail, and the first of them. */
    static void section(Map<String, com.fasterxml.jackson.databind.JsonNode> byLevel, StringBuilder md) {
        md.append("\n## Plan checks (verify) at each level\n\n");
        if (byLevel.isEmpty()) {
            md.append("Not recorded in this run.\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        byLevel.forEach((level, node) -> {
            List<String> names = new ArrayList<>();
            node.path("examples").forEach(e -> names.add(e.path("statement").asText() + " (" + e.path("rule")
                    .asText() + ")"));
            int failing = node.path("failing").asInt();
            rows.add(List.of(level, node.path("statements").asText(), String.valueOf(failing),
                    String.join("; ", names) + (failing > names.size() ? "; ..." : "")));
        });
        BenchReport.table(List.of("level", "statements checked", "with violations", "first of them (rule)"), rows,
                List.of(), md);
        md.append("\nThe same check as `torc-index verify --db COPY` (the rules and each statement's expectations; "
                + "docs/analyzer.md), on the copies that were timed.\n");
    }
}
