package io.github.torcindex.cli;

import io.github.torcindex.analyzer.SkippedStatement;
import io.github.torcindex.analyzer.StatementCheck;
import io.github.torcindex.analyzer.VerifyOptions;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.analyzer.VerifyReport;
import io.github.torcindex.analyzer.Violation;
import io.github.torcindex.bench.TorcIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code verify}: checks every statement's query plan; exit 1 on any violation. */
final class VerifyCommand implements Command {

    static final String QUERIES = "queries";
    static final String QUERIES_FROM_LOG = "queries-from-log";
    static final String LARGE = "large-table";

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "prove which index each query uses; exit 1 when a plan breaks an expectation or a rule";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(queries(), queriesFromLog(), large(), CommonOptions.json());
    }

    static Option queries() {
        return Option.builder().longOpt(QUERIES).hasArg().argName("FILE")
                .desc("a SQL file of statements (a catalog, docs/analyzer.md); default: the built-in catalog of "
                        + "Torc's statements for the database's Torc version").get();
    }

    static Option queriesFromLog() {
        return Option.builder().longOpt(QUERIES_FROM_LOG).hasArg().argName("FILE")
                .desc("a Torc server log with sqlx's query events (RUST_LOG=sqlx::query=debug, text or JSON): "
                        + "its statements, weighted by how often they ran").get();
    }

    /** The workload --queries or --queries-from-log names (one at most), else the built-in catalog. */
    static Workload workload(CommandLine line) {
        if (line.hasOption(QUERIES) && line.hasOption(QUERIES_FROM_LOG)) {
            throw new UsageException("give --" + QUERIES + " or --" + QUERIES_FROM_LOG + ", not both");
        }
        if (line.hasOption(QUERIES_FROM_LOG)) {
            return Workload.log(CommonOptions.filePath(line, QUERIES_FROM_LOG));
        }
        return line.hasOption(QUERIES) ? Workload.catalog(CommonOptions.filePath(line, QUERIES)) : Workload.BUILT_IN;
    }

    static Option large() {
        return Option.builder().longOpt(LARGE).hasArg().argName("ROWS")
                .desc("a table of at least this many rows is large (default "
                        + VerifyOptions.DEFAULT_LARGE_TABLE_ROWS + ")").get();
    }

    static VerifyOptions toOptions(CommandLine line) {
        long large = CommonOptions.number(line, LARGE, VerifyOptions.DEFAULT_LARGE_TABLE_ROWS);
        if (large < 1) {
            throw new UsageException("--large-table must be 1 or more, not " + large);
        }
        return new VerifyOptions(CommonOptions.databasePath(line), workload(line), large,
                CommonOptions.busyTimeout(line));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        VerifyReport report = TorcIndex.load().verify(toOptions(line));
        if (line.hasOption(CommonOptions.JSON)) {
            out.println(JsonOutput.of(report));
        } else {
            print(report, out);
        }
        return report.passes() ? 0 : 1;
    }

    private static void print(VerifyReport report, PrintStream out) {
        printChecks(report, out);
        for (SkippedStatement s : report.skipped()) {
            out.printf(Locale.ROOT, "%-4s %s%n", s.unpreparable() ? "FAIL" : "skip", s.name());
            out.println("     " + s.reason());
        }
    }

    /** The other names of the same SQL: the first five, then how many more (a log or a big file has thousands). */
    private static String sameSql(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", names.subList(0, Math.min(5, names.size())));
        return " (same SQL: " + shown + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "") + ")";
    }

    private static void printChecks(VerifyReport report, PrintStream out) {
        var c = report.conditions();
        out.println("Database:   " + report.database() + " (level " + c.level() + ", SQLite " + c.sqliteVersion()
                + ", statistics: " + (c.stat1() ? "sqlite_stat1" : "none") + (c.stat4() ? " + sqlite_stat4" : "")
                + ")");
        int distinct = report.checks().size() + report.skipped().size();
        out.println("Statements: " + report.statements() + " from " + report.catalog()
                + (distinct < report.statements() ? " (" + distinct + " distinct: the same SQL is checked once)" : "")
                + "; "
                + report.failures().size() + " with violations" + (report.skipped().isEmpty() ? "" : "; "
                + report.skipped().size() + " not checked (" + report.unpreparable().size() + " SQLite can't "
                + "prepare)"));
        out.println();
        // Failures first, the heaviest (by weight: -- weight: or a log's execution count) first; then the rest.
        List<StatementCheck> ordered = new ArrayList<>(report.checks());
        ordered.sort(Comparator.comparing(StatementCheck::passes)
                .thenComparing(check -> -check.planned().statement().weight()));
        for (StatementCheck check : ordered) {
            var p = check.planned();
            out.printf(Locale.ROOT, "%-4s %s%s%n", check.passes() ? "ok" : "FAIL", p.statement().name(),
                    sameSql(p.statement().alsoNamed()));
            if (check.passes()) {
                continue;
            }
            p.statement().metadata().forEach((k, v) -> {
                if (!k.equals("also-named")) {
                    out.println("     " + k + ": " + v);
                }
            });
            for (Violation v : check.violations()) {
                out.println("     " + v.rule() + " (" + v.plan() + "): " + v.message());
                out.println("       why: " + v.why());
            }
            out.println("     plan (unbound): " + p.unbound().oneLine());
            if (!p.bound().oneLine().equals(p.unbound().oneLine())) {
                out.println("     plan (with " + p.values() + "): " + p.bound().oneLine());
            }
        }
    }
}
