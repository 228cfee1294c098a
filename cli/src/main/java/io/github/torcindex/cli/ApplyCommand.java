package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.ChangeProgress;
import io.github.torcindex.indexer.ApplyOptions;
import io.github.torcindex.indexer.ApplyReport;
import io.github.torcindex.indexer.ChangeOperation;
import io.github.torcindex.indexer.ChangeSetSql;
import java.io.PrintStream;
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
    static final String ALLOW_DATA_CHANGES = "allow-data-changes";

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
                        .desc("the Liquibase changelog to apply: index changes and statistics only, unless "
                                + "--allow-data-changes").get(),
                Option.builder().longOpt(ROLLBACK)
                        .desc("roll back every changeset of this changelog that is applied, newest first").get(),
                Option.builder().longOpt(CommonOptions.DRY_RUN)
                        .desc("print the SQL it would run and its rollback SQL; change nothing").get(),
                Option.builder().longOpt(CommonOptions.NO_BACKUP)
                        .desc("do not back the database up first").get(),
                Option.builder().longOpt(ALLOW_DATA_CHANGES)
                        .desc("also run changes that write table rows or alter tables (refused without it)").get(),
                CommonOptions.json());
    }

    static ApplyOptions toOptions(CommandLine line) {
        return new ApplyOptions(CommonOptions.databasePath(line), CommonOptions.filePath(line, CHANGELOG),
                line.hasOption(ROLLBACK), line.hasOption(CommonOptions.DRY_RUN),
                !line.hasOption(CommonOptions.NO_BACKUP), CommonOptions.busyTimeout(line),
                line.hasOption(ALLOW_DATA_CHANGES));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        ApplyReport report;
        // Each changeset as it finishes (phase, index or table, elapsed); the summary follows.
        try (AutoCloseable progress = line.hasOption(CommonOptions.JSON) ? () -> { } : ChangeProgress.to(out::println)) {
            report = TorcIndex.load().apply(toOptions(line));
        }
        if (line.hasOption(CommonOptions.JSON)) {
            out.println(JsonOutput.of(report));
            return 0;
        }
        report.facts().releasedLock().ifPresent(out::println);
        boolean rollback = report.operation() == ChangeOperation.APPLY_ROLLBACK;
        String verb = rollback ? "rolled back" : "applied";
        if (report.changeSets().isEmpty()) {
            out.println(report.operation() + " " + report.changelog() + " on " + report.database()
                    + ": nothing to do (" + (rollback ? "none of its changesets is applied"
                            : "every changeset is applied already") + ").");
            return 0;
        }
        if (report.dryRun()) {
            out.println("-- Dry run: " + report.operation() + " " + report.changelog() + " on " + report.database()
                    + ": " + report.changeSets().size() + " changeset(s) would be " + verb + ". Nothing was changed.");
            out.println("-- Liquibase also records each changeset in DATABASECHANGELOG; a backup is taken first "
                    + "unless --no-backup.");
            for (ChangeSetSql c : report.changeSets()) {
                out.println();
                out.println("-- changeset " + c.label());
                c.sql().forEach(sql -> out.println(sql + ";"));
                c.rollbackSql().forEach(sql -> out.println("-- rollback: " + sql + ";"));
            }
            return 0;
        }
        out.println(report.operation() + " " + report.changelog() + " on " + report.database() + ": "
                + report.changeSets().size() + " changeset(s) " + verb + report.facts().backup()
                        .map(b -> " (backup: " + b + ")").orElse(" (no backup: " + report.facts().backupNote() + ")"));
        report.changeSets().forEach(c -> out.println("  " + c.label()));
        ReportWriter.printDone(report.facts(), out);
        return 0;
    }
}
