package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The advisor's proposals as a Liquibase changelog a DBA can review, commit and apply like torc-index's own
 * phases: one {@code <sql>} changeset per index with its rollback, skipped (MARK_RAN) if an index of that name
 * exists, then one {@code ANALYZE} per table the advice indexes (runAlways, each its own short write
 * transaction), because the advisor judged the proposals with the statistics ANALYZE writes. Only standard Liquibase elements, so the stock {@code liquibase} command runs
 * it as well.
 */
public final class AdviceChangelog {

    /** The author of every changeset, so that the advice's history rows are told apart from the phases'. */
    public static final String AUTHOR = "torc-index-advise";

    private AdviceChangelog() {
    }

    /** The changelog for {@code report}'s proposals. */
    public static String xml(AdviceReport report) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog
                    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd"
                    logicalFilePath="torc-index-advice.xml">

                """);
        x.append("  <!-- ").append(comment("Written by torc-index advise for " + report.database()
                + " and the workload " + report.catalog() + ". Review it before applying (torc-index apply); every"
                + " index below was proven in a scratch copy of the schema, see the advise report for the plans."))
                .append(" -->\n");
        for (ProposedIndex a : report.additions()) {
            String served = a.proofs().stream().map(ProposedIndex.PlanChange::statement)
                    .collect(Collectors.joining(", "));
            x.append("\n  <changeSet id=\"advice-").append(a.name()).append("\" author=\"").append(AUTHOR)
                    .append("\" labels=\"advice\">\n")
                    .append("    <preConditions onFail=\"MARK_RAN\">\n")
                    .append("      <sqlCheck expectedResult=\"0\">SELECT count(*) FROM sqlite_master WHERE type = "
                            + "'index' AND name = '").append(a.name()).append("'</sqlCheck>\n")
                    .append("    </preConditions>\n")
                    .append("    <comment>").append(escape("Serves " + served + (a.needsStatistics()
                            ? ". Needs ANALYZE afterwards (below): without statistics it slows " + a.regressions()
                                    .stream().map(ProposedIndex.PlanChange::statement).collect(Collectors.joining(", "))
                            : "") + ".")).append("</comment>\n")
                    .append("    <sql>").append(escape(a.createSql())).append("</sql>\n")
                    .append("    <rollback>\n      <sql>DROP INDEX IF EXISTS ").append(a.name())
                    .append("</sql>\n    </rollback>\n")
                    .append("  </changeSet>\n");
        }
        // Statistics for every table the advice indexes: the advisor judged the proposals as the planner sees
        // them after ANALYZE, and without statistics SQLite may prefer a new index where an old one was better
        // (measured at W=1: jobs_needing_file 2.2 ms instead of 0.45 without ANALYZE, 0.07 with it).
        Set<String> analyze = new LinkedHashSet<>();
        report.additions().forEach(a -> analyze.add(a.definition().table()));
        for (String table : analyze) {
            x.append("\n  <changeSet id=\"advice-analyze-").append(table).append("\" author=\"").append(AUTHOR)
                    .append("\" labels=\"advice\" runAlways=\"true\">\n")
                    .append("    <comment>Statistics for the planner: the indexes above were judged with them."
                            + "</comment>\n")
                    .append("    <sql>ANALYZE ").append(table).append("</sql>\n")
                    .append("    <rollback/>\n")
                    .append("  </changeSet>\n");
        }
        return x.append("\n</databaseChangeLog>\n").toString();
    }

    /**
     * Writes the changelog to a new file.
     *
     * @throws TorcIndexException if the file exists, its folder is missing or read-only, or it can't be written
     */
    public static Path write(AdviceReport report, Path file) {
        Path target = checkTarget(file);
        try {
            Files.writeString(target, xml(report), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not write the changelog " + target + ": "
                    + e.getMessage(), e);
        }
        return target;
    }

    /**
     * Checks, before any analysis runs, that a changelog can be written to {@code file}.
     *
     * @return the absolute path
     * @throws TorcIndexException if the file exists or is a folder, or its folder is missing or read-only
     */
    public static Path checkTarget(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new TorcIndexException(ErrorCode.NOT_A_FILE, "Cannot write the changelog to " + target
                    + ": it is a directory. Give a file name such as " + target.resolve("advice.xml") + ".");
        }
        if (Files.exists(target)) {
            throw new TorcIndexException(ErrorCode.ALREADY_EXISTS, "Refusing to overwrite " + target
                    + ": the file exists (it may be a changelog already applied somewhere). Give another path.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TorcIndexException(ErrorCode.DATABASE_MISSING, "Cannot write the changelog to " + target
                    + ": the folder " + folder + " does not exist.");
        }
        if (!TorcDatabase.isWritable(folder)) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot write the changelog to " + target
                    + ": the folder " + folder + " is read-only.");
        }
        return target;
    }

    /** Text that may stand inside an XML comment, which can't contain "--". */
    private static String comment(String text) {
        return escape(text).replace("--", "- -");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
