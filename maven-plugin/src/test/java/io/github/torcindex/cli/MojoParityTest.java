package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.maven.AdviseMojo;
import io.github.torcindex.maven.ApplyMojo;
import io.github.torcindex.maven.BenchMojo;
import io.github.torcindex.maven.DemoMojo;
import io.github.torcindex.maven.GenerateMojo;
import io.github.torcindex.maven.MigrateMojo;
import io.github.torcindex.maven.ReportMojo;
import io.github.torcindex.maven.RollbackMojo;
import io.github.torcindex.maven.StatusMojo;
import io.github.torcindex.maven.VerifyMojo;
import java.io.File;
import java.lang.reflect.Field;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;

/**
 * The same settings given as command-line arguments and as goal parameters produce equal option records. It
 * sits in the CLI's package (on the test class path only) to reach the commands' package-private parsing; the
 * plugin's main code never imports the CLI.
 */
class MojoParityTest {

    private static CommandLine parse(Command command, String... args) throws Exception {
        return DefaultParser.builder().get().parse(command.options(), args);
    }

    /** Sets a goal parameter the way Maven injects it. */
    private static <T> T set(T mojo, String field, Object value) throws Exception {
        Class<?> type = mojo.getClass();
        while (type != null) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(mojo, value);
                return mojo;
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            }
        }
        throw new IllegalArgumentException("no parameter " + field);
    }

    @Test
    void migrateOptionsAreEqual() throws Exception {
        MigrateMojo mojo = new MigrateMojo();
        set(mojo, "database", new File("target/torc.db"));
        set(mojo, "to", 2);
        set(mojo, "dryRun", true);
        set(mojo, "noBackup", true);
        set(mojo, "allowRedundant", true);
        set(mojo, "busyTimeout", 1500L);

        assertThat(mojo.toOptions()).isEqualTo(MigrateCommand.toOptions(parse(new MigrateCommand(), "--db",
                "target/torc.db", "--to", "2", "--dry-run", "--no-backup", "--allow-redundant", "--busy-timeout",
                "1500")));

        MigrateMojo defaults = set(set(set(new MigrateMojo(), "database", new File("t.db")), "to", 4),
                "busyTimeout", 30_000L);
        assertThat(defaults.toOptions()).isEqualTo(MigrateCommand.toOptions(parse(new MigrateCommand(), "--db",
                "t.db")));
    }

    @Test
    void rollbackVerifyAdviseApplyAndGenerateOptionsAreEqual() throws Exception {
        RollbackMojo rollback = set(set(set(new RollbackMojo(), "database", new File("t.db")), "to", 1),
                "busyTimeout", 30_000L);
        assertThat(rollback.toOptions()).isEqualTo(RollbackCommand.toOptions(parse(new RollbackCommand(), "--db",
                "t.db", "--to", "1")));

        VerifyMojo verify = set(set(set(set(new VerifyMojo(), "database", new File("t.db")), "queries",
                new File("q.sql")), "largeTable", 500L), "busyTimeout", 30_000L);
        assertThat(verify.toOptions()).isEqualTo(VerifyCommand.toOptions(parse(new VerifyCommand(), "--db", "t.db",
                "--queries", "q.sql", "--large-table", "500")));

        VerifyMojo fromLog = set(set(set(set(new VerifyMojo(), "database", new File("t.db")), "queriesFromLog",
                new File("server.log")), "largeTable", 10_000L), "busyTimeout", 30_000L);
        assertThat(fromLog.toOptions()).isEqualTo(VerifyCommand.toOptions(parse(new VerifyCommand(), "--db", "t.db",
                "--queries-from-log", "server.log")));

        AdviseMojo advise = set(set(set(new AdviseMojo(), "database", new File("t.db")), "largeTable", 10_000L),
                "busyTimeout", 30_000L);
        assertThat(advise.toOptions()).isEqualTo(AdviseCommand.toOptions(parse(new AdviseCommand(), "--db",
                "t.db")));

        AdviseMojo budget = set(set(set(set(set(new AdviseMojo(), "database", new File("t.db")), "largeTable", 10_000L),
                "busyTimeout", 30_000L), "maxIndexes", 3), "maxWriteOverhead", 12.5);
        assertThat(budget.toOptions()).isEqualTo(AdviseCommand.toOptions(parse(new AdviseCommand(), "--db",
                "t.db", "--max-indexes", "3", "--max-write-overhead", "12.5%")));

        ApplyMojo apply = set(set(set(set(set(new ApplyMojo(), "database", new File("t.db")), "changelog",
                new File("advice.xml")), "rollback", true), "noBackup", true), "busyTimeout", 30_000L);
        assertThat(apply.toOptions()).isEqualTo(ApplyCommand.toOptions(parse(new ApplyCommand(), "--db", "t.db",
                "--changelog", "advice.xml", "--rollback", "--no-backup")));
        ApplyMojo dataChanges = set(set(set(set(new ApplyMojo(), "database", new File("t.db")), "changelog",
                new File("mine.xml")), "allowDataChanges", true), "busyTimeout", 30_000L);
        assertThat(dataChanges.toOptions()).isEqualTo(ApplyCommand.toOptions(parse(new ApplyCommand(), "--db",
                "t.db", "--changelog", "mine.xml", "--allow-data-changes")));
        assertThat(dataChanges.toOptions().allowDataChanges()).isTrue();

        GenerateMojo generate = set(set(set(new GenerateMojo(), "workflows", 3), "jobs", 700), "seed", 9L);
        assertThat(generate.toOptions()).isEqualTo(GenerateCommand.toOptions(parse(new GenerateCommand(System.err,
                false), "--out", "g.db", "--workflows", "3", "--jobs", "700", "--seed", "9")));
    }

    @Test
    void demoOptionsAreEqual() throws Exception {
        DemoMojo demo = set(set(set(new DemoMojo(), "out", new File("tour")), "cache", new File("c")), "workflows", 3);
        assertThat(demo.toOptions()).isEqualTo(DemoCommand.toOptions(parse(new DemoCommand(System.err), "--out",
                "tour", "--cache", "c", "--workflows", "3")));
    }

    @Test
    void benchOptionsAreEqual() throws Exception {
        BenchMojo bench = set(set(set(set(set(set(set(set(set(set(new BenchMojo(), "database", new File("t.db")),
                "out",
                new File("run")), "cache", new File("c")), "queries", new File("q.sql")), "levels", "shipped,4"),
                "only", "a,b"), "quick", true), "noWrites", true), "capMs", 2_000L), "top", 7);
        assertThat(bench.toOptions()).isEqualTo(BenchCommand.toDatabaseOptions(parse(new BenchCommand(System.err),
                "--db", "t.db", "--out", "run", "--cache", "c", "--queries", "q.sql", "--levels", "shipped,4",
                "--only", "a,b", "--quick", "--no-writes", "--cap-ms", "2000", "--top", "7"),
                java.nio.file.Path.of("t.db")));
    }

    @Test
    void statusAndReportOptionsAreEqual() throws Exception {
        StatusMojo status = set(set(new StatusMojo(), "database", new File("t.db")), "busyTimeout", 2_000L);
        assertThat(status.toOptions()).isEqualTo(StatusCommand.toOptions(parse(new StatusCommand(), "--db", "t.db",
                "--busy-timeout", "2000")));
        ReportMojo report = set(set(new ReportMojo(), "in", new File("run")), "out", new File("run/report"));
        assertThat(report.toOptions()).isEqualTo(ReportCommand.toOptions(parse(new ReportCommand(), "--in", "run",
                "--out", "run/report")));
    }
}
