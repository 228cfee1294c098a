package io.github.torcindex.cli;

import io.github.torcindex.analyzer.AdviceReport;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.analyzer.IndexFinding;
import io.github.torcindex.analyzer.PlanRegression;
import io.github.torcindex.analyzer.AdviceBudget;
import io.github.torcindex.analyzer.AdviceMeasurement;
import io.github.torcindex.analyzer.IndexPrice;
import io.github.torcindex.analyzer.ProposedIndex;
import io.github.torcindex.analyzer.StatisticsRepair;
import io.github.torcindex.schema.ByteSize;
import io.github.torcindex.bench.TorcIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code advise}: indexes to add (proven), to drop, that regress plans, and unindexed foreign keys. */
final class AdviseCommand implements Command {

    @Override
    public String name() {
        return "advise";
    }

    @Override
    public String summary() {
        return "advise on indexes for a workload: missing (proven), duplicate, redundant, unused, unusable, "
                + "regressing; reads only";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(VerifyCommand.queries(), VerifyCommand.queriesFromLog(),
                VerifyCommand.large(), CommonOptions.json(),
                Option.builder().longOpt("changelog").hasArg().argName("FILE")
                        .desc("also write the proposed indexes as a Liquibase changelog to this new file").get(),
                Option.builder().longOpt(MAX_INDEXES).hasArg().argName("N")
                        .desc("propose at most N new indexes").get(),
                Option.builder().longOpt(MAX_INDEX_BYTES).hasArg().argName("BYTES")
                        .desc("propose at most this many bytes of new indexes (estimated)").get(),
                Option.builder().longOpt(MAX_WRITE_OVERHEAD).hasArg().argName("PERCENT")
                        .desc("the new indexes may add at most this percentage to the workload's weighted write "
                                + "cost").get(),
                Option.builder().longOpt(MEASURE)
                        .desc("prove the advice by measurement: apply it to a scratch copy, time every statement "
                                + "it changes against the database as it is (interleaved, median of "
                                + AdviceMeasurement.RUNS + ", capped at " + AdviceMeasurement.CAP.toSeconds()
                                + " s) and drop proposals that measure slower").get());
    }

    static final String MEASURE = "measure";

    static final String MAX_INDEXES = "max-indexes";
    static final String MAX_INDEX_BYTES = "max-index-bytes";
    static final String MAX_WRITE_OVERHEAD = "max-write-overhead";

    static AdviseOptions toOptions(CommandLine line) {
        var verify = VerifyCommand.toOptions(line);
        AdviceBudget budget;
        try {
            budget = new AdviceBudget(
                    line.hasOption(MAX_INDEXES) ? OptionalInt.of(Math.toIntExact(CommonOptions.number(line, MAX_INDEXES,
                            0))) : OptionalInt.empty(),
                    line.hasOption(MAX_INDEX_BYTES) ? OptionalLong.of(CommonOptions.number(line, MAX_INDEX_BYTES, 0))
                            : OptionalLong.empty(),
                    line.hasOption(MAX_WRITE_OVERHEAD) ? OptionalDouble.of(percent(line)) : OptionalDouble.empty());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new UsageException(e.getMessage().replace("maxIndexes", "--" + MAX_INDEXES)
                    .replace("maxIndexBytes", "--" + MAX_INDEX_BYTES).replace("maxWriteOverhead", "--"
                            + MAX_WRITE_OVERHEAD));
        }
        return new AdviseOptions(verify.database(), verify.workload(), verify.largeTableRows(), verify.busyTimeout(),
                budget);
    }

    private static double percent(CommandLine line) {
        String value = line.getOptionValue(MAX_WRITE_OVERHEAD).strip();
        try {
            return Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + MAX_WRITE_OVERHEAD + " needs a percentage such as 10, not '" + value + "'");
        }
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        String changelog = line.getOptionValue("changelog");
        if (changelog != null && changelog.isBlank()) {
            throw new UsageException("--changelog needs a file path");
        }
        if (changelog != null) {
            TorcIndex.load().checkChangelogTarget(Path.of(changelog));
        }
        AdviseOptions options = toOptions(line);
        AdviceReport report = TorcIndex.load().advise(options);
        AdviceMeasurement.Result measured = null;
        if (line.hasOption(MEASURE)) {
            measured = TorcIndex.load().measureAdvice(options, report);
            report = measured.advice();
        }
        Path written = changelog == null ? null : TorcIndex.load().writeChangelog(report, Path.of(changelog));
        if (line.hasOption(CommonOptions.JSON)) {
            out.println(JsonOutput.of(measured != null ? measured : report, "changelog",
                    written == null ? null : written.toString()));
        } else {
            markdown(report, out);
            if (measured != null) {
                measured(measured, out);
            }
            if (written != null) {
                out.println();
                out.println("Changelog of the " + report.additions().size() + " proposed index(es): " + written
                        + " (review it, then apply it with `torc-index apply --db DB --changelog " + written + "`).");
            }
        }
        return 0;
    }

    private static void measured(AdviceMeasurement.Result m, PrintStream out) {
        out.println();
        out.println("## Measured (" + m.timings().size() + " read statements the advice changes, on a scratch copy "
                + "with the advice applied; median of " + AdviceMeasurement.RUNS + ", interleaved)");
        out.println();
        out.println("| statement | as it is (ms) | with the advice (ms) | speedup |");
        out.println("|---|---:|---:|---:|");
        double before = 0;
        double after = 0;
        for (AdviceMeasurement.Timing t : m.timings()) {
            out.printf(Locale.ROOT, "| %s | %s%.3f | %.3f | %.1fx |%n", t.statement(), t.capped() ? ">= " : "",
                    t.beforeMs(), t.afterMs(), t.speedup());
            before += t.beforeMs();
            after += t.afterMs();
        }
        out.printf(Locale.ROOT, "| **total** | %.1f | %.1f | %.1fx |%n", before, after, before / Math.max(after, 1e-3));
        m.dropped().forEach((index, why) -> out.println("- dropped " + index + ": " + why));
    }

    private static String price(IndexPrice p) {
        return String.format(Locale.ROOT, "weighted reads saved %,.0f, write cost %,.0f%s, about %s", p.readSaving(),
                p.writeCost(), p.writes().isEmpty() ? " (no write statement changes it)" : " (" + p.writes().size()
                        + " write statement(s))", ByteSize.human(p.bytes()));
    }

    static void markdown(AdviceReport r, PrintStream out) {
        var c = r.conditions();
        out.println("# Index advice for " + r.database().getFileName());
        out.println();
        out.println("Database " + r.database() + ", level " + c.level() + ", SQLite " + c.sqliteVersion()
                + ", statistics " + (c.stat1() ? "present" : "absent") + "; workload: " + r.catalog() + ".");
        out.println();
        out.println("## Repairs without an index: ANALYZE (" + r.repairs().stream().mapToInt(x -> x.changes().size())
                .sum() + " statements)");
        for (StatisticsRepair repair : r.repairs()) {
            out.println();
            out.println("- `" + repair.sql() + "`: with statistics the planner stops choosing badly for "
                    + repair.changes().size() + " statement(s):");
            repair.changes().forEach(p -> out.println("  - " + p.statement() + ": rows read " + rows(p.rowsBefore())
                    + " -> " + rows(p.rowsAfter()) + "; now `" + p.before() + "`; after ANALYZE `" + p.after() + "`"));
            repair.worse().forEach(p -> out.println("  - but " + p.statement() + " gets SLOWER: rows read "
                    + rows(p.rowsBefore()) + " -> " + rows(p.rowsAfter()) + "; now `" + p.before() + "`; after `"
                    + p.after() + "`"));
        }
        out.println();
        out.println("## Indexes to add (" + r.additions().size() + ")");
        if (!r.repairs().isEmpty() || !r.additions().isEmpty()) {
            out.println();
            out.println("Judged on top of the ANALYZE above (\"before\" is the plan with statistics); the changelog "
                    + "(--changelog) ends with ANALYZE of " + String.join(", ", r.analyze()) + ".");
        }
        for (ProposedIndex a : r.additions()) {
            out.println();
            out.println("- `" + a.createSql() + "` serves " + a.proofs().size() + " statement(s); " + price(a.price())
                    + ":");
            a.proofs().forEach(p -> out.println("  - " + p.statement() + ": rows read " + rows(p.rowsBefore())
                    + " -> " + rows(p.rowsAfter()) + "; before `" + p.before() + "`; after `" + p.after() + "`"));
            if (a.needsStatistics()) {
                out.println("  - **run ANALYZE after creating it** (`torc-index migrate --to 4` does): with the "
                        + "statistics ANALYZE writes, the planner keeps the better plan for the statements below; "
                        + "without statistics they get slower:");
            }
            a.regressions().forEach(p -> out.println("  - " + (a.needsStatistics() ? "without statistics, " : "but ")
                    + p.statement() + " gets SLOWER: rows read " + rows(p.rowsBefore()) + " -> "
                    + rows(p.rowsAfter()) + "; before `" + p.before() + "`; after `" + p.after() + "`"));
        }
        out.println();
        out.println("## Not proposed (" + r.rejected().size() + ")");
        for (ProposedIndex a : r.rejected()) {
            out.println();
            out.println("- `" + a.createSql() + "` would serve " + a.proofs().stream().map(p -> p.statement())
                    .toList() + ", but " + a.price().rejection().orElse("") + (a.price().bytes() >= 0 ? " ("
                    + price(a.price()) + ")" : "") + (a.regressions().isEmpty() ? "" : ":"));
            a.regressions().forEach(p -> out.println("  - " + p.statement() + " would read " + rows(p.rowsAfter())
                    + " rows instead of " + rows(p.rowsBefore()) + ": before `" + p.before() + "`; with it `"
                    + p.after() + "`"));
        }
        out.println();
        out.println("## Plans an existing index makes worse (" + r.regressions().size() + ")");
        for (PlanRegression g : r.regressions()) {
            out.println("- " + g.index() + " makes " + g.change().statement() + " read " + rows(g.change().rowsAfter())
                    + " rows instead of " + rows(g.change().rowsBefore()) + ": with it `" + g.change().after()
                    + "`; without it `" + g.change().before() + "`");
        }
        for (IndexFinding.Kind kind : IndexFinding.Kind.values()) {
            var found = r.findings(kind);
            out.println();
            out.println("## " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + found.size() + ")");
            for (IndexFinding f : found) {
                out.println("- " + f.index() + " on " + f.definition() + (f.bytes() >= 0 ? " (" + f.bytes()
                        + " bytes)" : "") + ": " + f.detail());
            }
        }
        out.println();
        out.println("## Index sizes (dbstat)");
        new java.util.TreeMap<>(r.sizes()).forEach((name, bytes) -> out.printf(Locale.ROOT, "- %s: %s%n", name,
                bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%,d bytes", bytes)));
    }

    private static String rows(double rows) {
        return rows >= 100 ? String.format(Locale.ROOT, "%,.0f", rows) : String.format(Locale.ROOT, "%.1f", rows);
    }

}
