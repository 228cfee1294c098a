package io.github.torcindex.cli;

import io.github.torcindex.analyzer.NewTextFile;
import io.github.torcindex.analyzer.WorkloadTiming;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.schema.ByteSize;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code compare}: a workload timed on databases that differ in their indexes; reads only. */
final class CompareCommand implements Command {

    static final String WITH = "with";
    static final String RUNS = "runs";
    static final String CAP = "cap-ms";
    static final String CSV = "csv";

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "time a workload's read statements on copies with different index sets, side by side; reads only";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(
                Option.builder().longOpt(WITH).hasArg().argName("DB,DB...").required()
                        .desc("the databases to compare with --db (the same data, other indexes), comma-separated")
                        .get(),
                VerifyCommand.queries(), VerifyCommand.queriesFromLog(),
                Option.builder().longOpt(RUNS).hasArg().argName("N")
                        .desc("executions per statement and database, interleaved; the median counts (default 3)")
                        .get(),
                Option.builder().longOpt(CAP).hasArg().argName("MS")
                        .desc("stop an execution after this many milliseconds and count the cap (default 10000)")
                        .get(),
                Option.builder().longOpt(CSV).hasArg().argName("FILE")
                        .desc("also write every statement's median per database to this new CSV file (ms; a capped "
                                + "execution counts the cap)").get());
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        List<Path> databases = new ArrayList<>();
        databases.add(CommonOptions.databasePath(line));
        for (String p : line.getOptionValue(WITH).split(",")) {
            if (!p.isBlank()) {
                databases.add(Path.of(p.strip()));
            }
        }
        long runs = CommonOptions.number(line, RUNS, 3);
        long cap = CommonOptions.number(line, CAP, 10_000);
        if (runs < 1 || cap < 1) {
            throw new UsageException("--" + RUNS + " and --" + CAP + " must be 1 or more");
        }
        Optional<Path> csv = line.hasOption(CSV)
                ? Optional.of(NewTextFile.check(CommonOptions.filePath(line, CSV), "statement timings", "compare.csv"))
                : Optional.empty();
        WorkloadTiming.Result r = TorcIndex.load().compare(databases, VerifyCommand.workload(line), (int) runs,
                Duration.ofMillis(cap), CommonOptions.busyTimeout(line));
        out.printf(Locale.ROOT, "%d read statements, median of %d interleaved runs (%d for one that looked more than "
                + "2x slower), cap %d ms%n%n", r.rows().size(), r.runs(), 3 * r.runs(), r.cap().toMillis());
        out.println("| database | total (ms) | statements at the cap | >2x slower than the first | file size |");
        out.println("|---|---:|---:|---:|---:|");
        for (int i = 0; i < r.databases().size(); i++) {
            out.printf(Locale.ROOT, "| %s | %,.1f | %d | %s | %s |%n", r.databases().get(i).getFileName(),
                    r.totalMs(i), r.cappedCount(i), i == 0 ? "-" : String.valueOf(r.slower(i, 2).size()),
                    ByteSize.human(r.bytes().get(i)));
        }
        for (int i = 1; i < r.databases().size(); i++) {
            for (WorkloadTiming.Row row : r.slower(i, 2)) {
                out.printf(Locale.ROOT, "slower on %s: %s %.3f ms -> %.3f ms%n", r.databases().get(i).getFileName(),
                        row.statement(), row.medianMs().get(0), row.medianMs().get(i));
            }
        }
        if (csv.isPresent()) {
            NewTextFile.write(csv.get(), csv(r), "statement timings", "compare.csv");
            out.println("Wrote every statement's medians to " + csv.get());
        }
        return 0;
    }

    /** One row per statement: its name, then its median and whether it hit the cap, per database. */
    static String csv(WorkloadTiming.Result r) {
        StringBuilder b = new StringBuilder("statement");
        for (Path db : r.databases()) {
            String name = db.getFileName().toString().replace("\"", "\"\"");
            b.append(",\"").append(name).append(" ms\",\"").append(name).append(" capped\"");
        }
        b.append('\n');
        for (WorkloadTiming.Row row : r.rows()) {
            b.append('"').append(row.statement().replace("\"", "\"\"")).append('"');
            for (int i = 0; i < r.databases().size(); i++) {
                b.append(String.format(Locale.ROOT, ",%.4f,%b", row.medianMs().get(i), row.capped().get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
