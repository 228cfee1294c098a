package io.github.torcindex.cli;

import io.github.torcindex.analyzer.AdviceReport;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.analyzer.IndexFinding;
import io.github.torcindex.analyzer.PlanRegression;
import io.github.torcindex.analyzer.ProposedIndex;
import io.github.torcindex.bench.TorcIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
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
        return CommonOptions.withDatabase(VerifyCommand.queries(), VerifyCommand.queriesFromLog(), VerifyCommand.large(), CommonOptions.json(),
                Option.builder().longOpt("changelog").hasArg().argName("FILE")
                        .desc("also write the proposed indexes as a Liquibase changelog to this new file").get());
    }

    static AdviseOptions toOptions(CommandLine line) {
        var verify = VerifyCommand.toOptions(line);
        return new AdviseOptions(verify.database(), verify.workload(), verify.largeTableRows(), verify.busyTimeout());
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
        AdviceReport report = TorcIndex.load().advise(toOptions(line));
        Path written = changelog == null ? null : TorcIndex.load().writeChangelog(report, Path.of(changelog));
        if (line.hasOption(CommonOptions.JSON)) {
            out.println(JsonOutput.of(report, "changelog", written == null ? null : written.toString()));
        } else {
            markdown(report, out);
            if (written != null) {
                out.println();
                out.println("Changelog of the " + report.additions().size() + " proposed index(es): " + written
                        + " (review it, then apply it with `torc-index apply --db DB --changelog " + written + "`).");
            }
        }
        return 0;
    }

    static void markdown(AdviceReport r, PrintStream out) {
        var c = r.conditions();
        out.println("# Index advice for " + r.database().getFileName());
        out.println();
        out.println("Database " + r.database() + ", level " + c.level() + ", SQLite " + c.sqliteVersion()
                + ", statistics " + (c.stat1() ? "present" : "absent") + "; workload: " + r.catalog() + ".");
        out.println();
        out.println("## Indexes to add (" + r.additions().size() + ")");
        for (ProposedIndex a : r.additions()) {
            out.println();
            out.println("- `" + a.createSql() + "` serves " + a.proofs().size() + " statement(s):");
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
        out.println("## Not proposed: they would make other statements slower (" + r.rejected().size() + ")");
        for (ProposedIndex a : r.rejected()) {
            out.println();
            out.println("- `" + a.createSql() + "` would serve " + a.proofs().stream().map(p -> p.statement())
                    .toList() + ", but:");
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
