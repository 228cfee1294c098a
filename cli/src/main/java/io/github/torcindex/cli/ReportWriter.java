package io.github.torcindex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.torcindex.indexer.IndexStatus;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.PhaseStatus;
import io.github.torcindex.indexer.PlannedStep;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.WriteLockLog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders status and migration reports as text for people and as JSON for scripts. */
final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    static String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    static void printStatus(StatusReport report, PrintStream out) {
        out.println("Database:   " + report.database() + " (SQLite " + report.sqliteVersion() + ")");
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
            out.println(json(toMap(report)));
            return;
        }
        report.releasedLock().ifPresent(out::println);
        if (report.dryRun()) {
            printSql(report, out);
            return;
        }
        if (report.steps().isEmpty()) {
            out.println(report.operation() + " " + report.database() + ": nothing to do, the database is at level "
                    + report.levelBefore() + (report.operation().equals("migrate") && report.levelBefore()
                            > report.target() ? " (above " + report.target() + "; use rollback to go down)" : "")
                    + ".");
            return;
        }
        out.println(report.operation() + " " + report.database() + ": level " + report.levelBefore() + " -> "
                + report.levelAfter() + report.backup().map(b -> " (backup: " + b + ")").orElse(" (no backup)"));
        for (PlannedStep step : report.steps()) {
            out.printf(Locale.ROOT, "  %-16s phase %d  %s%n", step.action(), step.phase(), step.detail());
        }
        printDone(report.elapsed(), report.writeLocks(), out);
    }

    /** How long a change took and how it held the write lock (what a live Torc server waited for). */
    static void printDone(Duration elapsed, List<WriteLockLog.Hold> holds, PrintStream out) {
        out.printf(Locale.ROOT, "Done in %.1f s.%n", elapsed.toMillis() / 1000.0);
        WriteLockLog.longest(holds).ifPresent(hold -> out.printf(Locale.ROOT,
                "Held the write lock %d times, at most %d ms at once (%s).%n", holds.size(), hold.held().toMillis(),
                String.join("; ", hold.statements())));
    }

    /** The facts every change reports in JSON: backup, released lock, time, write-lock holds. */
    static void putChangeFacts(Map<String, Object> map, Optional<Path> backup, Optional<String> releasedLock,
            Duration elapsed, List<WriteLockLog.Hold> holds) {
        map.put("backup", backup.map(Object::toString).orElse(null));
        map.put("releasedLock", releasedLock.orElse(null));
        map.put("elapsedMillis", elapsed.toMillis());
        map.put("writeTransactions", holds.size());
        Optional<WriteLockLog.Hold> longest = WriteLockLog.longest(holds);
        map.put("longestWriteLockMillis", longest.map(h -> h.held().toMillis()).orElse(null));
        map.put("longestWriteLockStatements", longest.map(WriteLockLog.Hold::statements).orElse(List.of()));
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

    static Map<String, Object> toMap(StatusReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("database", report.database().toString());
        map.put("sqliteVersion", report.sqliteVersion());
        map.put("level", report.level());
        map.put("maxLevel", report.maxLevel());
        map.put("statistics", report.statistics());
        map.put("lockedBy", report.lockedBy().orElse(null));
        map.put("problems", report.problems());
        map.put("phases", report.phases().stream().map(p -> {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("phase", p.phase());
            phase.put("applied", p.applied());
            phase.put("indexes", p.indexes().stream().map(ReportWriter::toMap).toList());
            phase.put("maintenance", p.maintenance());
            return phase;
        }).toList());
        return map;
    }

    private static Map<String, Object> toMap(IndexStatus s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", s.index().name());
        map.put("table", s.index().definition().table());
        map.put("columns", s.index().definition().columns());
        map.put("predicate", s.index().definition().predicate().orElse(null));
        map.put("state", s.state().name());
        map.put("standIn", s.standIn().orElse(null));
        map.put("recorded", s.recorded());
        map.put("note", s.note());
        return map;
    }

    static Map<String, Object> toMap(MigrationReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("operation", report.operation());
        map.put("database", report.database().toString());
        map.put("target", report.target());
        map.put("levelBefore", report.levelBefore());
        map.put("levelAfter", report.levelAfter());
        map.put("dryRun", report.dryRun());
        putChangeFacts(map, report.backup(), report.releasedLock(), report.elapsed(), report.writeLocks());
        List<Map<String, Object>> steps = report.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("phase", s.phase());
            step.put("changeSet", s.changeSetId());
            step.put("action", s.action().name());
            step.put("detail", s.detail());
            step.put("sql", s.sql());
            step.put("rollbackSql", s.rollbackSql());
            return step;
        }).toList();
        map.put("steps", steps);
        map.put("status", toMap(report.status()));
        return map;
    }
}
