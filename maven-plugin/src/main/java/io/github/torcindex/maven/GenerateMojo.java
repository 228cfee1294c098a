package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GenerationReport;
import io.github.torcindex.generator.GeneratorOptions;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates synthetic Torc workflows into a new database ({@code out}) or an existing one ({@code database}). */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractTorcIndexMojo {

    /** Create a new database here. */
    @Parameter(property = "torc-index.out")
    File out;

    /** Or add the workflows to this existing Torc database. */
    @Parameter(property = "torc-index.database")
    File database;

    /** Number of workflows. */
    @Parameter(property = "torc-index.workflows", defaultValue = "20")
    int workflows;

    /** Jobs per workflow. */
    @Parameter(property = "torc-index.jobs", defaultValue = "10000")
    int jobs;

    /** Generator seed. */
    @Parameter(property = "torc-index.seed", defaultValue = "42")
    long seed;

    /** Replace {@code out} if it exists. */
    @Parameter(property = "torc-index.force", defaultValue = "false")
    boolean force;

    /** The library options this goal runs with (the CLI builds the same record). */
    public GeneratorOptions toOptions() {
        return new GeneratorOptions(workflows, jobs, seed);
    }

    @Override
    protected void run() {
        if ((out == null) == (database == null)) {
            throw new IllegalArgumentException("out, database: give exactly one (a new file, or a database to add to)");
        }
        if (out != null && out.getAbsoluteFile().getParentFile() != null) {
            // Maven goals create their output folder (target/ may not exist yet); the CLI refuses a missing one.
            out.getAbsoluteFile().getParentFile().mkdirs();
        }
        GenerationReport report = out != null
                ? TorcIndex.load().generate(out.toPath(), toOptions(), force, GenerationProgress.NONE)
                : TorcIndex.load().append(database.toPath(), toOptions(), GenerationProgress.NONE);
        getLog().info(String.format("torc-index generate: %d workflows of %d jobs (seed %d) into %s: %,d rows in %.1f s",
                workflows, jobs, seed, report.database(), report.totalRows(), report.elapsed().toMillis() / 1000.0));
    }

    @Override
    protected String goal() {
        return "generate";
    }
}
