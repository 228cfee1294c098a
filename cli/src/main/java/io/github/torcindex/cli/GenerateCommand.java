package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GenerationReport;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.OptionGroup;
import org.apache.commons.cli.Options;

/** {@code generate}: synthetic Torc workflows, into a new database or added to an existing one. */
final class GenerateCommand implements Command {

    private final PrintStream progressStream;
    private final boolean terminal;

    GenerateCommand(PrintStream progressStream, boolean terminal) {
        this.progressStream = progressStream;
        this.terminal = terminal;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "create a database of W synthetic workflows of J jobs (--out), or add them to one (--db)";
    }

    @Override
    public Options options() {
        OptionGroup target = new OptionGroup()
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                        .desc("create a new baseline database here (refuses an existing file without --force)").get())
                .addOption(Option.builder().longOpt(CommonOptions.DB).hasArg().argName("FILE")
                        .desc("add the workflows to this existing Torc database").get());
        target.setRequired(true);
        return new Options().addOptionGroup(target)
                .addOption(Option.builder().longOpt("workflows").hasArg().argName("W")
                        .desc("number of workflows (default " + GeneratorOptions.DEFAULT_WORKFLOWS + ")").get())
                .addOption(Option.builder().longOpt("jobs").hasArg().argName("J")
                        .desc("jobs per workflow (default " + GeneratorOptions.DEFAULT_JOBS + ")").get())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("S")
                        .desc("random seed; the same seed and sizes give the same content (default "
                                + GeneratorOptions.DEFAULT_SEED + ")").get())
                .addOption(Option.builder().longOpt(InitCommand.TORC_VERSION).hasArg().argName("V")
                        .desc("with --out: the Torc schema to create (init --list-versions; default seed)").get())
                .addOption(Option.builder().longOpt("force").desc("replace the --out file if it exists").get())
                .addOption(Option.builder().longOpt("quiet").desc("print no progress").get());
    }

    /** The library options the command line asks for. */
    static GeneratorOptions toOptions(CommandLine line) {
        long workflows = CommonOptions.number(line, "workflows", GeneratorOptions.DEFAULT_WORKFLOWS);
        long jobs = CommonOptions.number(line, "jobs", GeneratorOptions.DEFAULT_JOBS);
        long seed = CommonOptions.number(line, "seed", GeneratorOptions.DEFAULT_SEED);
        if (workflows < 1 || workflows > Integer.MAX_VALUE) {
            throw new UsageException("--workflows must be 1 or more, not " + workflows);
        }
        if (jobs < 1 || jobs > GeneratorOptions.MAX_JOBS) {
            throw new UsageException("--jobs must be from 1 to " + GeneratorOptions.MAX_JOBS + ", not " + jobs);
        }
        return new GeneratorOptions((int) workflows, (int) jobs, seed);
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        GeneratorOptions options = toOptions(line);
        GenerationProgress progress = line.hasOption("quiet") ? GenerationProgress.NONE
                : new ProgressPrinter(progressStream, terminal);
        if (line.hasOption(InitCommand.TORC_VERSION) && !line.hasOption("out")) {
            throw new UsageException("--torc-version goes with --out (a --db database keeps the schema it has)");
        }
        TorcSchemaVersion.Init schema = CommonOptions.torcVersion(line);
        GenerationReport report = line.hasOption("out")
                ? TorcIndex.load().generate(CommonOptions.filePath(line, "out"), schema, options,
                        line.hasOption("force"), progress)
                : TorcIndex.load().append(Path.of(line.getOptionValue(CommonOptions.DB)), options, progress);
        out.printf(Locale.ROOT, "Generated %d workflows of %d jobs (seed %d) into %s%n", options.workflows(),
                options.jobsPerWorkflow(), options.seed(), report.database());
        for (Map.Entry<String, Long> e : report.rowsByTable().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.printf(Locale.ROOT, "  %-24s %,12d rows%n", e.getKey(), e.getValue());
        }
        out.printf(Locale.ROOT, "  %-24s %,12d rows in %.1f s (%,.0f rows/s); file %,d bytes%n", "total",
                report.totalRows(), report.elapsed().toMillis() / 1000.0, report.rowsPerSecond(), report.bytes());
        return 0;
    }
}
