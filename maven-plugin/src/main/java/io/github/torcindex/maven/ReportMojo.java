package io.github.torcindex.maven;

import io.github.torcindex.bench.BenchReport;
import io.github.torcindex.bench.ReportOptions;
import io.github.torcindex.bench.TorcIndex;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes report.md and report.html from a benchmark run ({@code torc-index bench --out}). */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractTorcIndexMojo {

    /** The output folder of a benchmark run. */
    @Parameter(property = "torc-index.in", required = true)
    File in;

    /** Where to write the report. */
    @Parameter(property = "torc-index.out", defaultValue = "${project.build.directory}/torc-index-report")
    File out;

    /** The options, as the CLI builds them from the same settings. */
    public ReportOptions toOptions() {
        return new ReportOptions(path(in, "in"), path(out, "out"));
    }

    @Override
    protected void run() {
        BenchReport.Written written = TorcIndex.load().report(toOptions());
        written.verdicts().forEach(v -> getLog().info(String.format("  %-15s %s: %s", v.verdict(), v.claim(),
                v.measured())));
        getLog().info("torc-index report: " + written.html());
    }

    @Override
    protected String goal() {
        return "report";
    }
}
