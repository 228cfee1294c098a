package io.github.torcindex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.torcindex.indexer.ChangeFacts;
import io.github.torcindex.indexer.ChangeOperation;
import io.github.torcindex.indexer.IndexStatus;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.PhaseStatus;
import io.github.torcindex.indexer.PlannedStep;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.WriteLockLog;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Renders status and migration reports as text for people and as JSON for scripts. */
final class ReportWriter {

    private ReportWriter() {
    }

    static void printStatus(StatusReport report, PrintStream out) {
        out.println("Database:   " + report.database() + " (SQLite " + report.sqliteVersion() + ")");
        out.println("Torc:       " + report.torcVersion().schema() + report.torcVersion().newestMigration()
                .map(m -> ", newest migration " + m + " of " + report.torcVersion().migrations()).orElse(""));
        report.torcVersion().warning().ifPresent(w -> out.println("Note:       " + w + "."));
        out.println("Level:      " + report.level() + " of " + report.maxLevel()
                + "   statistics (sqlite_stat1): " + (report.statistics() ? "yes" : "no")
                + "   changelog lock: " + report.lockedBy().map(l -> "HELD by " + l).orElse("free"));
        report.problems().forEach(p -> out.println("Attention:  " + p + "."));
        for (PhaseStatus phase : report.phases()) {
            out.println();
            out.println("Phase " + phase.phase() + (phase.applied() ? "  (applied)" : "  (not applied)"));
            for (IndexStatus s : phase.indexes()) {
                out.printf(Locale.ROOT, "  %-24s %-40s %s%s%n", s.state(), s.index().name(), s.index().definition(),
                        s.standIn().map(x -> "  <- " + x).orElse(""));
                if (!s.note().isEmpty()) {
                    out.println("      " + s.note());
                }
            }
            if (!phase.maintenance().isEmpty()) {
                out.printf(Locale.ROOT, "  %-24s %d changesets (%s ... %s), run every time this phase is applied%n",
                        "MAINTENANCE", phase.maintenance().size(), phase.maintenance().get(0),
                        phase.maintenance().get(phase.maintenance().size() - 1));
            }
        }
    }

    static void printMigration(MigrationReport report, boolean json, PrintStream out) throws JsonProcessingException {
        if (json) {
            out.println(JsonOutput.of(report));
            return;
        }
        report.facts().releasedLock().ifPresent(out::println);
        if (report.dryRun()) {
            printSql(report, out);
            return;
        }
        if (report.steps().isEmpty()) {
            String hint = "";
            if (report.operation() == ChangeOperation.MIGRATE && report.levelBefore() > report.target()) {
                hint = "; use rollback --to " + report.target() + " to go down";
            } else if (report.operation() == ChangeOperation.ROLLBACK && report.levelBefore() < report.target()) {
                hint = "; use migrate --to " + report.target() + " to go up";
            }
            out.println(report.operation() + " " + report.database() + ": nothing to do: the database is at level "
                    + report.levelBefore() + hint + ".");
            return;
        }
        out.println(report.operation() + " " + report.database() + ": level " + report.levelBefore() + " -> "
                + report.levelAfter() + report.facts().backup().map(b -> " (backup: " + b + ")")
                        .orElse(" (no backup: " + report.facts().backupNote() + ")"));
        // The changesets that ran were printed as they finished (ChangeProgress); here their count, and the
        // steps that ran nothing (an index recorded as Torc's, one skipped as redundant, ...), which say why.
        java.util.Map<PlannedStep.Action, Long> counts = new java.util.TreeMap<>();
        report.steps().forEach(step -> counts.merge(step.action(), 1L, Long::sum));
        out.println("  " + String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .toList()));
        for (PlannedStep step : report.steps()) {
            if (!RAN.contains(step.action())) {
                out.printf(Locale.ROOT, "  %-16s phase %d  %s%n", step.action(), step.phase(), step.detail());
            }
        }
        printDone(report.facts(), out);
    }

    /** The actions that run a changeset, which ChangeProgress prints as each finishes (levels: bookkeeping). */
    private static final java.util.Set<PlannedStep.Action> RAN = java.util.EnumSet.of(PlannedStep.Action.CREATE,
            PlannedStep.Action.REPAIR, PlannedStep.Action.DROP_DUPLICATE, PlannedStep.Action.MAINTAIN,
            PlannedStep.Action.DROP, PlannedStep.Action.TAG, PlannedStep.Action.UNTAG);

    /** How long a change took and how it held the write lock (what a live Torc server waited for). */
    static void printDone(ChangeFacts facts, PrintStream out) {
        List<WriteLockLog.Hold> holds = facts.writeLocks();
        out.printf(Locale.ROOT, "Done in %.1f s.%n", facts.elapsed().toMillis() / 1000.0);
        WriteLockLog.longest(holds).ifPresent(hold -> out.printf(Locale.ROOT,
                "Held the write lock %d times, at most %d ms at once (%s).%n", holds.size(), hold.held().toMillis(),
                String.join("; ", hold.statements().stream().map(ReportWriter::inWords).distinct().toList())));
    }

    private static final java.util.regex.Pattern CREATE_INDEX = java.util.regex.Pattern.compile(
            "(?is)CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)\"?\\s+ON\\s+\"?(\\w+)\"?\\s*(\\(.*)");
    private static final java.util.regex.Pattern DROP_INDEX = java.util.regex.Pattern.compile(
            "(?is)DROP\\s+INDEX\\s+(IF\\s+EXISTS\\s+)?\"?(\\w+)\"?.*");
    private static final java.util.regex.Pattern ANALYZE = java.util.regex.Pattern.compile(
            "(?is)ANALYZE\\s+\"?(\\w+)\"?.*");

    /** What a statement that held the write lock did, in words (the SQL itself for anything else). */
    static String inWords(String sql) {
        String s = sql.strip();
        java.util.regex.Matcher m = CREATE_INDEX.matcher(s);
        if (m.matches()) {
            return "building index " + m.group(3) + " on " + m.group(4) + m.group(5).replaceAll("\\s+", " ");
        }
        m = DROP_INDEX.matcher(s);
        if (m.matches()) {
            return "dropping index " + m.group(2);
        }
        m = ANALYZE.matcher(s);
        if (m.matches()) {
            return "analyzing " + m.group(1);
        }
        if (s.toUpperCase(Locale.ROOT).contains("DATABASECHANGELOG")) {
            return "recording the change in Liquibase's DATABASECHANGELOG";
        }
        return s;
    }

    private static void printSql(MigrationReport report, PrintStream out) {
        out.println("-- Dry run: " + report.operation() + " " + report.database() + " to level " + report.target()
                + " (now at level " + report.levelBefore() + "). Nothing was changed.");
        if (report.steps().isEmpty()) {
            out.println("-- Nothing to do.");
            return;
        }
        out.println("-- Liquibase also records each changeset in DATABASECHANGELOG; a backup is taken first "
                + "unless --no-backup.");
        for (PlannedStep step : report.steps()) {
            out.println();
            out.println("-- phase " + step.phase() + ", " + step.action() + ": " + step.detail());
            step.sql().forEach(sql -> out.println(sql + ";"));
            step.rollbackSql().forEach(sql -> out.println("-- rollback: " + sql + ";"));
        }
    }
}
