package io.github.torcindex.maven;

import io.github.torcindex.analyzer.AdviceBudget;
import io.github.torcindex.analyzer.AdviceMeasurement;
import io.github.torcindex.analyzer.AdviceReport;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.bench.TorcIndex;
import java.io.File;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Logs index advice for a workload: proven additions, regressions, redundant, unused and unusable indexes. */
@Mojo(name = "advise", threadSafe = true)
public class AdviseMojo extends AbstractWorkloadMojo {

    /** Also write the proposed indexes as a Liquibase changelog to this new file (for the apply goal). */
    @Parameter(property = "torc-index.changelog")
    File changelog;

    /** Propose at most this many new indexes. */
    @Parameter(property = "torc-index.maxIndexes")
    Integer maxIndexes;

    /** Propose at most this many bytes of new indexes (estimated from the table contents). */
    @Parameter(property = "torc-index.maxIndexBytes")
    Long maxIndexBytes;

    /** The new indexes may add at most this percentage to the workload's weighted write cost. */
    @Parameter(property = "torc-index.maxWriteOverhead")
    Double maxWriteOverhead;

    /** Prove the advice by measurement on a scratch copy, and drop proposals that measure slower. */
    @Parameter(property = "torc-index.measure", defaultValue = "false")
    boolean measure;

    /** The library options this goal runs with (the CLI builds the same record). */
    public AdviseOptions toOptions() {
        return new AdviseOptions(databasePath(), workload(), largeTable, timeout(), new AdviceBudget(
                maxIndexes == null ? OptionalInt.empty() : OptionalInt.of(maxIndexes),
                maxIndexBytes == null ? OptionalLong.empty() : OptionalLong.of(maxIndexBytes),
                maxWriteOverhead == null ? OptionalDouble.empty() : OptionalDouble.of(maxWriteOverhead)));
    }

    @Override
    protected void run() {
        if (changelog != null) {
            TorcIndex.load().checkChangelogTarget(changelog.toPath());
        }
        AdviseOptions options = toOptions();
        AdviceReport report = TorcIndex.load().advise(options);
        if (measure) {
            AdviceMeasurement.Result measured = TorcIndex.load().measureAdvice(options, report);
            measured.timings().forEach(t -> getLog().info(String.format(Locale.ROOT,
                    "  measured %s: %.3f ms -> %.3f ms (%.1fx)", t.statement(), t.beforeMs(), t.afterMs(), t.speedup())));
            measured.dropped().forEach((index, why) -> getLog().info("  dropped " + index + ": " + why));
            report = measured.advice();
        }
        if (changelog != null) {
            getLog().info("torc-index advise: changelog of the proposals written to "
                    + TorcIndex.load().writeChangelog(report, changelog.toPath()));
        }
        getLog().info("torc-index advise " + report.database() + ": " + report.additions().size()
                + " index(es) to add, " + report.regressions().size() + " regression(s), " + report.findings().size()
                + " finding(s)");
        report.additions().forEach(a -> getLog().info("  add: " + a.createSql() + " serves "
                + a.proofs().stream().map(p -> p.statement()).toList()
                + (a.needsStatistics() ? "; run ANALYZE after creating it (without statistics it slows "
                        + a.regressions().stream().map(p -> p.statement()).toList() + ")"
                        : a.regressions().isEmpty() ? "" : ", but slows " + a.regressions().stream()
                                .map(p -> p.statement()).toList())));
        report.rejected().forEach(a -> getLog().info("  not proposed: " + a.createSql() + " would serve "
                + a.proofs().stream().map(p -> p.statement()).toList() + " but slow "
                + a.regressions().stream().map(p -> p.statement()).toList()));
        report.regressions().forEach(r -> getLog().info("  regression: " + r.index() + " makes "
                + r.change().statement() + " read " + Math.round(r.change().rowsAfter()) + " rows instead of "
                + Math.round(r.change().rowsBefore())));
        report.findings().forEach(f -> getLog().info("  " + f.kind() + ": " + f.index() + ": " + f.detail()));
    }

    @Override
    protected String goal() {
        return "advise";
    }
}
