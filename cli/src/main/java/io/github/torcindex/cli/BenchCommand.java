package io.github.torcindex.cli;

import io.github.torcindex.bench.BenchDatabases;
import io.github.torcindex.bench.BenchLevel;
import io.github.torcindex.bench.DatabaseBenchOptions;
import io.github.torcindex.bench.BenchOptions;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import java.io.PrintStream;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code bench}: JMH over every catalog query at every index level. */
final class BenchCommand implements Command {

    private final PrintStream progress;

    BenchCommand(PrintStream progress) {
        this.progress = progress;
    }

    static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "torc-index");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "time queries at every index level with JMH: generated databases, or a copy of yours (--db)";
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
                .addOption(Option.builder().longOpt("only").hasArg().argName("NAME[,NAME...]")
                        .desc("the statements to time, by name (default: every read statement of the built-in "
                                + "catalog; with --db, those whose plan differs between levels)").get())
                .addOption(Option.builder().longOpt("db").hasArg().argName("FILE")
                        .desc("benchmark a copy of this database (only read, checked unchanged by SHA-256) at levels "
                                + BenchLevel.OF_DATABASE + ": shipped = as it is").get())
                .addOption(Option.builder().longOpt(InitCommand.TORC_VERSION).hasArg().argName("V")
                        .desc("benchmark a generated database built by Torc V's migrations (Torc as shipped), as "
                                + "--db does (init --list-versions)").get())
                .addOption(VerifyCommand.queries())
                .addOption(VerifyCommand.queriesFromLog())
                .addOption(Option.builder().longOpt("all").desc("with --db: time every read statement, not only those "
                        + "whose plan differs between levels").get())
                .addOption(Option.builder().longOpt(CompareCommand.CAP).hasArg().argName("MS")
                        .desc("with --db: a read over this when timed once at a level is not given to JMH there "
                                + "(default 5000)").get())
                .addOption(Option.builder().longOpt("top").hasArg().argName("N")
                        .desc("at most N reads go to JMH in a run on one database: those whose first timings differ "
                                + "most between levels (default: every one whose plan and timings differ with --db "
                                + "or --torc-version; " + SHIPPED_TOP + " in the Torc-as-shipped runs of the "
                                + "generated matrix)").get())
                .addOption(Option.builder().longOpt("shipped").hasArg().argName("V[,V...]|none")
                        .desc("the generated matrix also benchmarks Torc V as shipped at each size: a database built "
                                + "by its migrations, with the levels above 0 on top, as --torc-version does "
                                + "(default: every known version, " + versions() + ")").get())
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
        // Before --only existed, --queries named built-in statements here; a value that is no file still does.
        boolean namesInQueries = line.hasOption(VerifyCommand.QUERIES) && !line.hasOption("only")
                && !Files.isRegularFile(Path.of(line.getOptionValue(VerifyCommand.QUERIES)));
        for (String option : List.of(VerifyCommand.QUERIES, VerifyCommand.QUERIES_FROM_LOG, "all",
                CompareCommand.CAP)) {
            if (line.hasOption(option) && !(namesInQueries && option.equals(VerifyCommand.QUERIES))) {
                throw new UsageException("--" + option + " goes with --db or --" + InitCommand.TORC_VERSION + " (the "
                        + "generated seed-baseline matrix times the seed's built-in statements; pick them with --only)");
            }
        }
        List<String> known = TorcIndex.load().benchmarkQueries();
        List<String> queries = line.hasOption("only") ? list(line, "only", "")
                : namesInQueries ? list(line, VerifyCommand.QUERIES, "") : known;
        for (String q : queries) {
            if (!known.contains(q)) {
                throw new UsageException((namesInQueries ? "--queries" : "--only") + ": no read statement '" + q
                        + "' in the built-in catalog" + (namesInQueries ? " (and no file of that name)" : ""));
            }
        }
        if (line.hasOption("shipped") && line.hasOption(InitCommand.TORC_VERSION)) {
            throw new UsageException("--shipped goes with the generated matrix; --" + InitCommand.TORC_VERSION
                    + " benchmarks one Torc version as shipped already");
        }
        if (levels.contains(BenchLevel.SHIPPED)) {
            throw new UsageException("--levels: shipped is a level of --db or --" + InitCommand.TORC_VERSION
                    + " (a database as it is); the generated seed baseline is level 0");
        }
        List<TorcSchemaVersion.Init> shipped = list(line, "shipped", versions()).stream()
                .filter(v -> !v.equals("none")).map(v -> {
                    TorcSchemaVersion.Init version = CommonOptions.torcVersion(v, "--shipped");
                    if (version.equals(TorcSchemaVersion.Init.SEED)) {
                        throw new UsageException("--shipped: the seed baseline is the matrix's own level 0; give "
                                + "Torc versions (" + versions() + ") or none");
                    }
                    return version;
                }).toList();
        List<BenchLevel> shippedLevels = new java.util.ArrayList<>(List.of(BenchLevel.SHIPPED));
        levels.stream().filter(l -> !l.name().equals("0")).forEach(shippedLevels::add);
        try {
            return new BenchOptions(Path.of(line.getOptionValue("out")),
                    line.hasOption("cache") ? Path.of(line.getOptionValue("cache")) : DEFAULT_CACHE,
                    new BenchOptions.Matrix(workflows, (int) jobs, CommonOptions.number(line, "seed",
                            GeneratorOptions.DEFAULT_SEED), levels, queries, !line.hasOption("no-writes")),
                    line.hasOption("quick"), new BenchOptions.Shipped(shipped, shippedLevels,
                            top(line, SHIPPED_TOP)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Reads JMH times in a Torc-as-shipped run of the generated matrix unless --top says otherwise. */
    static final int SHIPPED_TOP = 10;

    /** The Torc versions a generated database can be built by, comma-separated. */
    private static String versions() {
        return String.join(",", TorcSchemaVersion.Init.ALL.stream().filter(v -> !v.equals(TorcSchemaVersion.Init.SEED))
                .map(TorcSchemaVersion.Init::name).toList());
    }

    private static int top(CommandLine line, int defaultValue) {
        long top = CommonOptions.number(line, "top", defaultValue);
        if (top < 0 || top > Integer.MAX_VALUE) {
            throw new UsageException("--top must be 0 (no limit) or more, not " + top);
        }
        return (int) top;
    }

    private static List<String> list(CommandLine line, String option, String defaultValue) {
        return Arrays.stream(line.getOptionValue(option, defaultValue).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The options of {@code bench --db} (or {@code --torc-version}, whose database is {@code database}). */
    static DatabaseBenchOptions toDatabaseOptions(CommandLine line, Path database) {
        if (line.hasOption("shipped")) {
            throw new UsageException("--shipped goes with the generated matrix (without --db or --"
                    + InitCommand.TORC_VERSION + ")");
        }
        for (String option : List.of("workflows", "jobs", "seed")) {
            if (line.hasOption(option) && line.hasOption("db")) {
                throw new UsageException("--" + option + " sizes a generated database; --db benchmarks yours as it is");
            }
        }
        long cap = CommonOptions.number(line, CompareCommand.CAP, DatabaseBenchOptions.DEFAULT_CAP.toMillis());
        if (cap < 1) {
            throw new UsageException("--" + CompareCommand.CAP + " must be 1 or more, not " + cap);
        }
        try {
            List<BenchLevel> levels = line.hasOption("levels") ? list(line, "levels", "").stream().map(BenchLevel::of)
                    .toList() : BenchLevel.OF_DATABASE;
            return new DatabaseBenchOptions(database, CommonOptions.folderPath(line, "out"),
                    line.hasOption("cache") ? Path.of(line.getOptionValue("cache")) : DEFAULT_CACHE,
                    VerifyCommand.workload(line), levels, list(line, "only", ""), line.hasOption("all"),
                    line.hasOption("quick"), !line.hasOption("no-writes"), Duration.ofMillis(cap), top(line, 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--levels: " + e.getMessage().replaceFirst("^levels?: ", ""));
        }
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        if (line.hasOption("db") && line.hasOption(InitCommand.TORC_VERSION)) {
            throw new UsageException("give --db (your database) or --" + InitCommand.TORC_VERSION
                    + " (a generated one built by Torc's migrations), not both");
        }
        if (line.hasOption("db") || line.hasOption(InitCommand.TORC_VERSION)) {
            return runOnDatabase(line, out);
        }
        BenchOptions options = toOptions(line);
        TorcIndex.load().checkOutputFolder(options.out(), "--out");
        out.println("Benchmarking " + options.matrix().queries().size() + " queries at levels "
                + options.matrix().levels() + " on W=" + options.matrix().workflows() + " (JMH log: "
                + options.out().resolve("jmh.log") + ")" + (options.shipped().versions().isEmpty() ? "" : ", then Torc "
                + String.join(", ", options.shipped().versions().stream().map(TorcSchemaVersion.Init::name).toList())
                + " as shipped at each size (the " + options.shipped().top() + " of its own statements whose "
                + "timings differ most, and its hot writes, at levels " + options.shipped().levels() + ")") + "...");
        TorcIndex.load().bench(options, GenerationProgress.NONE, progress);
        out.println("Results in " + options.out() + ". Next: torc-index report --in " + options.out() + " --out "
                + options.out().resolve("report"));
        return 0;
    }

    private int runOnDatabase(CommandLine line, PrintStream out) {
        Path database;
        if (line.hasOption("db")) {
            database = CommonOptions.databasePath(line);
            toDatabaseOptions(line, database); // bad options are reported before anything is generated
        } else {
            TorcSchemaVersion.Init schema = CommonOptions.torcVersion(line);
            if (schema.equals(TorcSchemaVersion.Init.SEED)) {
                throw new UsageException("--" + InitCommand.TORC_VERSION + " seed is the generated matrix's own "
                        + "baseline: leave the option out");
            }
            long w = CommonOptions.number(line, "workflows", GeneratorOptions.DEFAULT_WORKFLOWS);
            long jobs = CommonOptions.number(line, "jobs", GeneratorOptions.DEFAULT_JOBS);
            if (w < 1 || w > 1000 || jobs < 1 || jobs > GeneratorOptions.MAX_JOBS) {
                throw new UsageException("--workflows must be from 1 to 1000 and --jobs from 1 to "
                        + GeneratorOptions.MAX_JOBS);
            }
            Path cache = line.hasOption("cache") ? Path.of(line.getOptionValue("cache")) : DEFAULT_CACHE;
            toDatabaseOptions(line, cache.resolve("unused"));
            TorcIndex.load().checkOutputFolder(CommonOptions.folderPath(line, "out"), "--out");
            progress.println("bench: generating (or reusing) " + w + " workflows of " + jobs + " jobs built by Torc "
                    + schema.name() + "'s migrations, in " + cache);
            database = BenchDatabases.base(cache, schema, new GeneratorOptions((int) w, (int) jobs,
                    CommonOptions.number(line, "seed", GeneratorOptions.DEFAULT_SEED)));
        }
        DatabaseBenchOptions options = toDatabaseOptions(line, database);
        TorcIndex.load().benchDatabase(options, progress);
        out.println("Results in " + options.out() + " (the original " + database + " was only read: its SHA-256 is "
                + "unchanged). Next: torc-index report --in " + options.out() + " --out " + options.out()
                .resolve("report"));
        return 0;
    }
}
