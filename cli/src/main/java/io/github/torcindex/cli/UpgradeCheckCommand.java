package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.UpgradeCheckOptions;
import io.github.torcindex.indexer.UpgradeReport;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code upgrade-check}: a Torc upgrade rehearsed on a copy, migration by migration. */
final class UpgradeCheckCommand implements Command {

    static final String MIGRATIONS = "migrations";

    @Override
    public String name() {
        return "upgrade-check";
    }

    @Override
    public String summary() {
        return "rehearse a Torc upgrade on a copy: rows lost, indexes dropped, duplicates per migration; reads only";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(
                Option.builder().longOpt(MIGRATIONS).hasArg().argName("DIR").required()
                        .desc("the new Torc release's migrations folder (torc-server/migrations: *.up.sql)").get(),
                CommonOptions.json());
    }

    static UpgradeCheckOptions toOptions(CommandLine line) {
        return new UpgradeCheckOptions(CommonOptions.databasePath(line), CommonOptions.folderPath(line, MIGRATIONS),
                CommonOptions.busyTimeout(line));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        UpgradeReport report = TorcIndex.load().upgradeCheck(toOptions(line));
        if (line.hasOption(CommonOptions.JSON)) {
            out.println(JsonOutput.of(report));
            return report.problems() ? 1 : 0;
        }
        out.println("Upgrade rehearsal of " + report.database() + " (on a copy; the database was not changed)");
        out.println("Torc schema: " + report.before() + " -> " + report.after());
        if (report.migrations().isEmpty()) {
            out.println("Nothing to rehearse: the database has every migration of the folder.");
        }
        for (UpgradeReport.Migration m : report.migrations()) {
            String verdict = m.failure().isPresent() ? "FAILED" : !m.rowsLost().isEmpty() ? "LOSES ROWS" : "ok";
            out.printf(Locale.ROOT, "%-10s %s (%.0f ms)%n", verdict, m.name(), m.elapsed().toNanos() / 1e6);
            m.failure().ifPresent(f -> out.println("           " + f + " (the upgrade would stop here)"));
            m.rowsLost().forEach((t, n) -> out.printf(Locale.ROOT, "           %s: %,d rows lost%n", t, n));
            m.tablesDropped().forEach((t, n) -> out.printf(Locale.ROOT, "           table %s dropped (%,d rows)%n",
                    t, n));
            m.indexesDropped().stream().filter(i -> i.startsWith("tix_")).forEach(i -> out.println(
                    "           drops torc-index's " + i + " (status will call it DRIFTED; migrate recreates it)"));
            if (!m.indexesCreated().isEmpty()) {
                out.println("           creates " + String.join(", ", m.indexesCreated()));
            }
        }
        report.duplicates().forEach(d -> out.println("Duplicate: " + d + "; after the real upgrade, migrate drops "
                + "torc-index's and records it as satisfied by Torc's."));
        out.println(report.problems() ? "Problems found: back the database up and read the migrations above before "
                + "upgrading (exit 1)." : "No migration loses rows.");
        return report.problems() ? 1 : 0;
    }
}
