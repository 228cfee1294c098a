package io.github.torcindex.cli;

import io.github.torcindex.indexer.ApplyOptions;
import io.github.torcindex.indexer.ApplyReport;
import io.github.torcindex.indexer.IndexMigrator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code apply}: applies (or rolls back) a changelog of the user's, such as the one {@code advise --changelog}
 * writes, with the same care as the phases.
 */
final class ApplyCommand implements Command {

    static final String CHANGELOG = "changelog";
    static final String ROLLBACK = "rollback";

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String summary() {
        return "apply a changelog of yours (advise --changelog writes one) with backup, lock care and lint;"
                + " --rollback undoes it";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(
                Option.builder().longOpt(CHANGELOG).hasArg().argName("FILE").required()
                        .desc("the Liquibase changelog to apply (only change types SQLite runs natively)").get(),
                Option.builder().longOpt(ROLLBACK)
                        .desc("roll back every changeset of this changelog that is applied, newest first").get(),
                Option.builder().longOpt(CommonOptions.DRY_RUN).desc("list what would run; change nothing").get(),
                Option.builder().longOpt(CommonOptions.NO_BACKUP)
                        .desc("do not back the database up first").get(),
                CommonOptions.json());
    }

    static ApplyOptions toOptions(CommandLine line) {
        String changelog = line.getOptionValue(CHANGELOG);
        if (changelog.isBlank()) {
            throw new UsageException("--changelog needs a file path");
        }
        return new ApplyOptions(CommonOptions.databasePath(line), Path.of(changelog), line.hasOption(ROLLBACK),
                line.hasOption(CommonOptions.DRY_RUN), !line.hasOption(CommonOptions.NO_BACKUP),
                CommonOptions.busyTimeout(line));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        ApplyReport report = new IndexMigrator().apply(toOptions(line));
        if (line.hasOption(CommonOptions.JSON)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("operation", report.operation());
            map.put("database", report.database().toString());
            map.put("changelog", report.changelog().toString());
            map.put("dryRun", report.dryRun());
            map.put("changeSets", report.changeSets());
            ReportWriter.putChangeFacts(map, report.backup(), report.releasedLock(), report.elapsed(),
                    report.writeLocks());
            out.println(ReportWriter.json(map));
            return 0;
        }
        report.releasedLock().ifPresent(out::println);
        String verb = report.operation().equals("rollback") ? "rolled back" : "applied";
        if (report.changeSets().isEmpty()) {
            out.println(report.operation() + " " + report.changelog() + " on " + report.database()
                    + ": nothing to do (" + (report.operation().equals("rollback") ? "none of its changesets is "
                    + "applied" : "every changeset is applied already") + ").");
            return 0;
        }
        out.println(report.operation() + " " + report.changelog() + " on " + report.database() + ": "
                + report.changeSets().size() + " changeset(s) " + (report.dryRun() ? "would be " + verb
                        + " (dry run, nothing changed)" : verb) + report.backup().map(b -> " (backup: " + b + ")")
                        .orElse(report.dryRun() ? "" : " (no backup)"));
        report.changeSets().forEach(c -> out.println("  " + c));
        if (!report.dryRun()) {
            ReportWriter.printDone(report.elapsed(), report.writeLocks(), out);
        }
        return 0;
    }
}
