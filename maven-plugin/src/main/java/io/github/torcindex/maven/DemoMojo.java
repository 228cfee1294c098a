package io.github.torcindex.maven;

import io.github.torcindex.bench.DemoOptions;
import io.github.torcindex.bench.DemoReport;
import io.github.torcindex.bench.TorcIndex;
import java.io.File;
import java.io.PrintStream;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The tour, as {@code torc-index demo} runs it: generate, a quick JMH benchmark at every level and of Torc
 * v0.12.0 as shipped, the plan checks and the report (minutes: bind it in a profile, not the default build).
 */
@Mojo(name = "demo", threadSafe = false)
public class DemoMojo extends AbstractTorcIndexMojo {

    /** Where to write the results and the report. */
    @Parameter(property = "torc-index.out", defaultValue = "${project.build.directory}/torc-index-demo")
    File out;

    /** Where the generated databases are cached between runs. */
    @Parameter(property = "torc-index.cache", defaultValue = "${user.home}/.cache/torc-index")
    File cache;

    /** Workflows of 10,000 jobs. */
    @Parameter(property = "torc-index.workflows", defaultValue = "20")
    int workflows;

    /** The options, as the CLI builds them from the same settings. */
    public DemoOptions toOptions() {
        return new DemoOptions(path(out, "out"), path(cache, "cache"), workflows);
    }

    @Override
    protected void run() {
        DemoReport demo = TorcIndex.load().demo(toOptions(), new PrintStream(new LogStream(getLog()), true));
        getLog().info(String.format("torc-index demo: plans with violations at level 0: %d, level 3: %d, level 4: %d",
                demo.failingAt0(), demo.failingAt3(), demo.failingAt4()));
        demo.report().verdicts().forEach(v -> getLog().info("  " + v.verdict() + "  " + v.claim() + ": "
                + v.measured()));
        demo.report().slower().forEach(s -> getLog().warn("Slower with the seed's indexes: " + s));
        demo.shippedReports().forEach(p -> getLog().info("Torc as shipped: " + p));
        getLog().info(String.format("torc-index demo: report %s (%.0f s)", demo.report().html(),
                demo.elapsed().toNanos() / 1e9));
    }

    @Override
    protected String goal() {
        return "demo";
    }
}
