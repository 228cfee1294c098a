package io.github.torcindex.bench;

import io.github.torcindex.bench.BenchResults.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The top of the generated matrix's report: per level and size, what the level does against level 0 (the sum
 * of the reads, how many got faster or slower beyond both margins with another plan, the index bytes added,
 * the writes' change), then the advice the {@code advised} level applied, so that one table answers "what
 * should I apply?".
 */
final class MatrixSummary {

    private MatrixSummary() {
    }

    /** Indexes torc-index created: the seed's phases ({@code tix_}) and the advice ({@code tia_}). */
    static boolean ours(String name) {
        return name.startsWith("tix_") || name.startsWith("tia_");
    }

    static void section(BenchResults r, List<SlowerQueries.Slower> slowerQueries, StringBuilder md) {
        md.append("\n## What each level does (against level 0, the seed baseline)\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (int w : r.workflowSizes()) {
            Map<String, Map<String, Score>> byQuery = r.byQuery(w);
            List<String> levels = byQuery.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                    .sorted((a, b) -> BenchLevel.of(a).order() - BenchLevel.of(b).order()).toList();
            for (String level : levels) {
                double total = 0;
                double baseTotal = 0;
                int faster = 0;
                for (Map.Entry<String, Map<String, Score>> e : byQuery.entrySet()) {
                    Map<String, Score> at = e.getValue();
                    Score s = at.get(level);
                    Score base = at.get("0");
                    if (s == null || base == null) {
                        continue; // sums compare like with like: the queries measured here and at level 0
                    }
                    total += s.score();
                    baseTotal += base.score();
                    boolean otherPlan = !r.plan(w, level, e.getKey()).equals(r.plan(w, "0", e.getKey()));
                    faster += otherPlan && s.score() + SeedVerdicts.err(s) < base.score() - SeedVerdicts.err(base)
                            ? 1 : 0;
                }
                // The same queries the section "Queries that got slower" lists.
                long slower = slowerQueries.stream().filter(q -> !q.samePlan() && q.workflows() == w
                        && q.level().equals(level)).count();
                long bytes = r.sizes(w, level).entrySet().stream().filter(x -> ours(x.getKey()))
                        .mapToLong(Map.Entry::getValue).sum();
                double writes = r.writes.stream().filter(x -> x.workflows() == w && x.level().equals(level))
                        .mapToDouble(x -> r.write(w, x.benchmark(), "0").map(b -> x.score() / b.score())
                                .orElse(Double.NaN)).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
                rows.add(List.of(String.valueOf(w), level, String.format(Locale.ROOT, "%.3f", total),
                        String.format(Locale.ROOT, "%.3f", baseTotal),
                        String.valueOf(faster), String.valueOf(slower), level.equals("0") ? "" : String.format(
                                Locale.ROOT, "%.2f MiB", bytes / 1048576.0), Double.isNaN(writes) || level.equals("0")
                                ? "" : String.format(Locale.ROOT, "%+.0f%%", (writes - 1) * 100)));
            }
        }
        BenchReport.table(List.of("W", "level", "reads: sum of means (ms)", "the same reads at level 0 (ms)",
                "faster than level 0",
                "slower than level 0", "index bytes added", "writes (mean change)"), rows, List.of(), md);
        md.append("\nFaster and slower: beyond both JMH error margins (99.9%), with a plan that differs from level "
                + "0's. Writes: the write benchmarks' mean change against level 0 (they run at levels 0, 3 and "
                + "advised). The sums are over the queries measured at that level and at level 0.\n");
        int w = r.workflowSizes().get(r.workflowSizes().size() - 1);
        List<List<String>> advice = new ArrayList<>();
        r.sizes(w, "advised").forEach((name, bytes) -> {
            if (ours(name)) {
                advice.add(List.of(name, String.format(Locale.ROOT, "%,d", bytes)));
            }
        });
        if (!advice.isEmpty()) {
            md.append("\nThe `advised` level is level 0 with the indexes `torc-index advise` proposed for it and the "
                    + "ANALYZE its changelog ends with (W=").append(w).append("):\n\n");
            BenchReport.table(List.of("index", "bytes"), advice, List.of(), md);
        }
    }
}
