package io.github.torcindex.bench;

import io.github.torcindex.bench.BenchResults.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queries of the generated matrix that a level makes slower than level 0: beyond both JMH error margins,
 * by more than 10%, and with a plan that differs from level 0's (with the same plan a difference is the run's
 * variance, not the indexes). Each is shown with both plans side by side and where the run repairs it.
 */
final class SlowerQueries {

    /** One query slower at one level and size. */
    record Slower(String query, String level, int workflows, Score at, Score base, boolean samePlan) {
        String text() {
            return String.format(Locale.ROOT, "%s at level %s (W=%d): %s ms against %s ms at level 0", query, level,
                    workflows, SeedVerdicts.ms(at.score(), at), SeedVerdicts.ms(base.score(), base));
        }
    }

    private SlowerQueries() {
    }

    /** Every query slower than at level 0 beyond both margins, same-plan cases included (flagged). */
    static List<Slower> of(BenchResults r) {
        List<Slower> slower = new ArrayList<>();
        for (int w : r.workflowSizes()) {
            for (Map.Entry<String, Map<String, Score>> e : r.byQuery(w).entrySet()) {
                Score base = e.getValue().get("0");
                if (base == null) {
                    continue;
                }
                for (Score s : e.getValue().values()) {
                    if (s.score() - SeedVerdicts.err(s) > base.score() + SeedVerdicts.err(base)
                            && s.score() > base.score() * 1.1) {
                        slower.add(new Slower(e.getKey(), s.level(), w, s, base, r.plan(w, s.level(), e.getKey())
                                .equals(r.plan(w, "0", e.getKey()))));
                    }
                }
            }
        }
        return slower;
    }

    /** The report's section: each slower query with its plans and its repair, then the same-plan variance. */
    static void section(BenchResults r, List<Slower> all, StringBuilder md) {
        md.append("\n## Queries that got slower at some level\n\n");
        List<Slower> slower = all.stream().filter(s -> !s.samePlan()).toList();
        if (slower.isEmpty()) {
            md.append("None: no query was slower than at level 0 beyond JMH's error with another plan.\n");
        }
        for (Slower s : slower) {
            md.append("\n### **").append(BenchReport.SLOWER).append("** ").append(s.text()).append("\n\n");
            PlanDiff.sideBySide(r.plan(s.workflows(), "0", s.query()), r.plan(s.workflows(), s.level(), s.query()),
                    "level 0", s.level(), md);
            List<String> repaired = new ArrayList<>();
            r.byQuery(s.workflows()).get(s.query()).forEach((level, score) -> {
                // Repaired: a later level with another plan than the slow one, back within the margins.
                if (!level.equals("0") && BenchLevel.of(level).order() > BenchLevel.of(s.level()).order()
                        && !r.plan(s.workflows(), level, s.query()).equals(r.plan(s.workflows(), s.level(), s.query()))
                        && score.score() - SeedVerdicts.err(score) <= s.base().score() + SeedVerdicts.err(s.base())) {
                    repaired.add((level.equals("advised") ? level : "level " + level) + " ("
                            + SeedVerdicts.ms(score.score(), score) + " ms)");
                }
            });
            md.append('\n').append(repaired.isEmpty() ? "No later level of this run repairs it; `torc-index advise` "
                    + "on a database at level " + s.level() + " proposes a repair (an index or ANALYZE) and shows the "
                    + "rows read before and after." : "Repaired, back to level 0's time within the margins, at "
                    + String.join(", ", repaired) + (repaired.stream().anyMatch(x -> x.startsWith("level 4"))
                    ? " (level 4 is level 3 + ANALYZE: with statistics the planner picks the better index)" : "")
                    + ".").append('\n');
        }
        List<Slower> variance = all.stream().filter(Slower::samePlan).toList();
        if (!variance.isEmpty()) {
            md.append("\nSlower with the same plan as at level 0 (the run's variance, not the indexes): ");
            md.append(String.join("; ", variance.stream().map(Slower::text).toList())).append(".\n");
        }
    }
}
