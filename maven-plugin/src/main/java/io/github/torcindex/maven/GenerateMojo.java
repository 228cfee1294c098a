package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GenerationReport;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates synthetic Torc workflows into a database: {@code database} (the {@code torc-index.database} the other
 * goals share) is created when it does not exist, and added to when it does only with {@code append}; {@code out}
 * always names a new file (replaced with {@code force}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractTorcIndexMojo {

    /** Create a new database here. */
    @Parameter(property = "torc-index.out")
    File out;

    /** The database shared with the other goals: created when absent; added to only with {@code append}. */
    @Parameter(property = "torc-index.database")
    File database;

    /** Add the workflows to {@code database} when it exists (otherwise an existing database is an error). */
    @Parameter(property = "torc-index.append", defaultValue = "false")
    boolean append;

    /** The schema of a database this goal creates: {@code seed} (default), {@code v0.12.0}, {@code v0.25.1}. */
    @Parameter(property = "torc-index.torcVersion", defaultValue = "seed")
    String torcVersion;

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
        if (out == null && database == null) {
            throw new IllegalArgumentException("database: is required (or out, for a new file)");
        }
        if (out != null && database != null && !out.getAbsoluteFile().equals(database.getAbsoluteFile())) {
            throw new IllegalArgumentException("out, database: they name two files; give one (database is the one "
                    + "the other goals share)");
        }
        File target = withFolder((out != null ? out : database).toPath(), out != null ? "out" : "database").toFile();
        TorcSchemaVersion.Init schema = TorcSchemaVersion.Init.of(torcVersion);
        boolean adding = out == null && target.exists() && !force;
        if (adding && !append) {
            throw new IllegalArgumentException("database: " + target + " exists; set append (torc-index.append=true) "
                    + "to add workflows to it, or force to replace it");
        }
        GenerationReport report = adding
                ? TorcIndex.load().append(target.toPath(), toOptions(), GenerationProgress.NONE)
                : TorcIndex.load().generate(target.toPath(), schema, toOptions(), force, GenerationProgress.NONE);
        getLog().info(String.format("torc-index generate: %d workflows of %d jobs (seed %d) into %s: %,d rows in %.1f s",
                workflows, jobs, seed, report.database(), report.totalRows(), report.elapsed().toMillis() / 1000.0));
    }

    @Override
    protected String goal() {
        return "generate";
    }
}
