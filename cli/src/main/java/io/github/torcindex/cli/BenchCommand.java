package io.github.torcindex.cli;

import io.github.torcindex.bench.BenchLevel;
import io.github.torcindex.bench.BenchOptions;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code bench}: JMH over every catalog query at every index level. */
final class BenchCommand implements Command {

    static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "torc-index");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "time every catalog query at every index level with JMH (databases cached in ~/.cache/torc-index)";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required()
                        .desc("where to write jmh.json, plans.json, sizes.json, environment.json").get())
                .addOption(Option.builder().longOpt("workflows").hasArg().argName("W[,W...]")
                        .desc("database sizes in workflows (default 20)").get())
                .addOption(Option.builder().longOpt("jobs").hasArg().argName("J")
                        .desc("jobs per workflow (default 10000)").get())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("S").desc("generator seed (default 42)")
                        .get())
                .addOption(Option.builder().longOpt("levels").hasArg().argName("L[,L...]")
                        .desc("index levels among " + BenchLevel.ALL + " (default all)").get())
                .addOption(Option.builder().longOpt("queries").hasArg().argName("Q[,Q...]")
                        .desc("catalog statements to time (default every read statement)").get())
                .addOption(Option.builder().longOpt("quick").desc("short JMH settings: minutes, not hours").get())
                .addOption(Option.builder().longOpt("no-writes").desc("skip the write benchmarks").get())
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("where generated databases are cached (default " + DEFAULT_CACHE + ")").get());
    }

    static BenchOptions toOptions(CommandLine line) {
        List<Integer> workflows = list(line, "workflows", "20").stream().map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--workflows needs whole numbers, not '" + v + "'");
            }
        }).toList();
        long jobs = CommonOptions.number(line, "jobs", GeneratorOptions.DEFAULT_JOBS);
        if (jobs < 1 || jobs > GeneratorOptions.MAX_JOBS) {
            throw new UsageException("--jobs must be from 1 to " + GeneratorOptions.MAX_JOBS + ", not " + jobs);
        }
        List<BenchLevel> levels;
        try {
            levels = line.hasOption("levels") ? list(line, "levels", "").stream().map(BenchLevel::of).toList()
                    : BenchLevel.ALL;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--levels: " + e.getMessage().replaceFirst("^level: ", ""));
        }
        List<String> known = TorcIndex.load().benchmarkQueries();
        List<String> queries = line.hasOption("queries") ? list(line, "queries", "") : known;
        for (String q : queries) {
            if (!known.contains(q)) {
                throw new UsageException("--queries: no read statement '" + q + "' in the built-in catalog");
            }
        }
        try {
            return new BenchOptions(Path.of(line.getOptionValue("out")),
                    line.hasOption("cache") ? Path.of(line.getOptionValue("cache")) : DEFAULT_CACHE,
                    new BenchOptions.Matrix(workflows, (int) jobs, CommonOptions.number(line, "seed",
                            GeneratorOptions.DEFAULT_SEED), levels, queries, !line.hasOption("no-writes")),
                    line.hasOption("quick"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static List<String> list(CommandLine line, String option, String defaultValue) {
        return Arrays.stream(line.getOptionValue(option, defaultValue).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        BenchOptions options = toOptions(line);
        TorcIndex.load().checkOutputFolder(options.out(), "--out");
        out.println("Benchmarking " + options.matrix().queries().size() + " queries at levels "
                + options.matrix().levels() + " on W=" + options.matrix().workflows() + " (JMH log: "
                + options.out().resolve("jmh.log") + ")...");
        TorcIndex.load().bench(options, GenerationProgress.NONE);
        out.println("Results in " + options.out() + ". Next: torc-index report --in " + options.out() + " --out "
                + options.out().resolve("report"));
        return 0;
    }
}
