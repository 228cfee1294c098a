package io.github.torcindex.bench;

import io.github.torcindex.bench.BenchReport.Outcome;
import io.github.torcindex.bench.BenchReport.Verdict;
import io.github.torcindex.bench.BenchResults.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The seed document's claims, each judged against a run, and the queries a level made slower. */
final class SeedVerdicts {

    /** The seed's common query patterns, for its "10-50x faster" claim. */
    private static final String[] PATTERN_QUERIES = {"list_jobs", "jobs_by_status", "list_results", "list_events",
        "list_compute_nodes", "blocked_by_job", "file_consumers", "file_producers", "results_of_run"};

    private SeedVerdicts() {
    }

    static List<Verdict> verdicts(BenchResults r, int w) {
        List<Verdict> v = new ArrayList<>();
        String where = " (W=" + w + ", " + w * r.jobsPerWorkflow() + " jobs)";
        range(v, r, w, "List 10,000 jobs for a workflow, before: ~100-500 ms" + where, "list_jobs", "0", 100, 500);
        range(v, r, w, "List 10,000 jobs for a workflow, after: ~5-20 ms", "list_jobs", "3", 5, 20);
        range(v, r, w, "Find ready jobs (status filter), before: ~100-500 ms", "jobs_by_status", "0", 100, 500);
        range(v, r, w, "Find ready jobs (status filter), after: ~2-10 ms", "jobs_by_status", "3", 2, 10);
        range(v, r, w, "List results for workflow, before: ~50-200 ms", "list_results", "0", 50, 200);
        range(v, r, w, "List results for workflow, after: ~5-15 ms", "list_results", "3", 5, 15);
        range(v, r, w, "Reverse dependency lookup, before: ~50-200 ms", "blocked_by_job", "0", 50, 200);
        range(v, r, w, "Reverse dependency lookup, after: ~1-5 ms", "blocked_by_job", "3", 1, 5);
        List<Double> speedups = new ArrayList<>();
        for (String q : PATTERN_QUERIES) {
            Optional<Score> before = r.score(w, q, "0");
            Optional<Score> after = r.score(w, q, "3");
            if (before.isPresent() && after.isPresent() && after.get().score() > 0) {
                speedups.add(before.get().score() / after.get().score());
            }
        }
        if (speedups.isEmpty()) {
            v.add(new Verdict("10-50x faster for common queries", "levels 0 and 3 not both measured",
                    Outcome.NOT_APPLICABLE));
        } else {
            speedups.sort(Double::compare);
            double median = speedups.get(speedups.size() / 2);
            v.add(new Verdict("10-50x faster for common queries (level 3 against 0)", String.format(Locale.ROOT,
                    "median %.1fx over %d pattern queries (from %.1fx to %.1fx)", median, speedups.size(),
                    speedups.get(0), speedups.get(speedups.size() - 1)), Outcome.of(median >= 10)));
        }
        double tenK = w * r.jobsPerWorkflow() / 10_000.0;
        sizeClaim(v, r, w, tenK, "job(workflow_id): ~40-80 KB per 10,000 jobs", "tix_job_workflow_id", 40, 80);
        sizeClaim(v, r, w, tenK, "job(workflow_id, status): ~60-120 KB per 10,000 jobs", "tix_job_workflow_id_status",
                60, 120);
        sizeClaim(v, r, w, tenK, "result(workflow_id): ~40-80 KB per run (per 10,000 jobs)", "tix_result_workflow_id",
                40, 80);
        sizeClaim(v, r, w, 1.0, "resource_requirements(num_gpus, runtime_s, memory_bytes): ~100-200 KB in all",
                "tix_resource_requirements_num_gpus_runtime_s_memory_bytes", 100, 200);
        long total = r.sizes(w, "3").entrySet().stream().filter(e -> e.getKey().startsWith("tix_"))
                .mapToLong(Map.Entry::getValue).sum();
        v.add(total == 0 ? new Verdict("Total index overhead < 1 MB per 10,000-job workflow", "level 3 not measured",
                Outcome.NOT_APPLICABLE) : new Verdict("Total index overhead ~0.5-1 MB per 10,000-job workflow",
                String.format(Locale.ROOT, "%.2f MiB per 10,000 jobs (%,d bytes for %d workflows)",
                        total / 1024.0 / 1024.0 / tenK, total, w), Outcome.of(total / tenK <= 1024 * 1024)));
        Optional<Score> w0 = r.write(w, "insertWorkflow", "0");
        Optional<Score> w3 = r.write(w, "insertWorkflow", "3");
        if (w0.isPresent() && w3.isPresent()) {
            double a = w3.get().score();
            double b = w0.get().score();
            double overhead = a / b - 1;
            // The margin of a ratio: the relative errors add up.
            double margin = (a / b) * (err(w3.get()) / a + err(w0.get()) / b);
            String measured = String.format(Locale.ROOT, "%+.0f%% ± %.0f%% (%s ms against %s ms)", overhead * 100,
                    margin * 100, ms(a, w3.get()), ms(b, w0.get()));
            Outcome outcome;
            if (margin >= 0.05) {
                outcome = Outcome.INCONCLUSIVE;
                measured += "; the margin is wider than the claim's 5 points: run more iterations";
            } else {
                outcome = overhead + margin <= 0.15 ? Outcome.HOLDS : overhead - margin > 0.15
                        ? Outcome.DOES_NOT_HOLD : Outcome.INCONCLUSIVE;
                if (overhead < 0.10) {
                    measured += ", less than claimed";
                }
            }
            v.add(new Verdict("Write overhead ~10-15% (inserting a 10,000-job workflow, level 3 against 0)",
                    measured, outcome));
        } else {
            v.add(new Verdict("Write overhead ~10-15%", "write benchmarks not run", Outcome.NOT_APPLICABLE));
        }
        return v;
    }

    private static void range(List<Verdict> v, BenchResults r, int w, String claim, String query, String level,
            double low, double high) {
        Optional<Score> s = r.score(w, query, level);
        if (s.isEmpty()) {
            v.add(new Verdict(claim, query + " not measured at level " + level, Outcome.NOT_APPLICABLE));
            return;
        }
        double ms = s.get().score();
        double err = err(s.get());
        String measured = String.format(Locale.ROOT, "%s at level %s: %s ms", query, level, ms(ms, s.get()));
        if (level.equals("0")) {
            // "Before" claims say how slow the unindexed database is: context, not a test of the indexes.
            v.add(new Verdict(claim, measured + (ms < low ? " (faster than the seed feared)" : ms > high
                    ? " (slower than the seed said)" : " (as the seed said)"), Outcome.CONTEXT));
            return;
        }
        // An "after" claim holds when the time is at or better than the range; the error margin decides.
        Outcome verdict = ms + err <= high ? Outcome.HOLDS : ms - err > high ? Outcome.DOES_NOT_HOLD
                : Outcome.INCONCLUSIVE;
        v.add(new Verdict(claim, measured + (verdict == Outcome.INCONCLUSIVE ? String.format(Locale.ROOT,
                " (the error margin, %.3f to %.3f ms, straddles the claim's %s ms)", ms - err, ms + err, num(high))
                : ms < low ? " (faster than claimed)" : ms > high ? " (slower than claimed)" : ""), verdict));
    }

    private static String num(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static void sizeClaim(List<Verdict> v, BenchResults r, int w, double tenK, String claim, String index,
            double lowKb, double highKb) {
        Optional<Long> bytes = r.size(w, "3", index);
        if (bytes.isEmpty()) {
            v.add(new Verdict(claim, index + " not measured", Outcome.NOT_APPLICABLE));
            return;
        }
        double kb = bytes.get() / 1024.0 / tenK;
        String size = kb < 10 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.0f KB", kb);
        String measured = tenK == 1.0 ? size + " in all"
                : String.format(Locale.ROOT, "%s per 10,000 jobs (%,d bytes in all)", size, bytes.get());
        // At or below the claimed size is at or better than claimed.
        v.add(new Verdict(claim, measured + (kb < lowKb ? ", smaller than claimed" : kb > highKb
                ? ", larger than claimed" : ""), Outcome.of(kb <= highKb)));
    }

    static double err(Score s) {
        return Double.isNaN(s.error()) ? 0 : s.error();
    }

    /** A time with JMH's error, in milliseconds: three decimals below 10 ms, one above. */
    static String ms(double value, Score s) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f ± %.1f" : "%.3f ± %.3f", value, err(s));
    }
}
