package io.github.torcindex.maven;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.TorcDatabase;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every torc-index goal shares: {@code skip}, the busy timeout, and the translation of library outcomes
 * into Maven's: a finding is a {@link MojoFailureException}, an operation that could not run a
 * {@link MojoExecutionException} with its cause.
 */
public abstract class AbstractTorcIndexMojo extends AbstractMojo {

    /** Skip this goal. */
    @Parameter(property = "torc-index.skip", defaultValue = "false")
    protected boolean skip;

    /** How long to wait for another connection's lock, in milliseconds. */
    @Parameter(property = "torc-index.busyTimeout", defaultValue = "30000")
    protected long busyTimeout;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("torc-index: skipped (skip = true)");
            return;
        }
        try {
            run();
        } catch (TorcIndexException e) {
            if (e.code() == ErrorCode.CHECK_FAILED) {
                throw new MojoFailureException(e.getMessage(), e);
            }
            throw new MojoExecutionException("torc-index " + goal() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("torc-index " + goal() + ": invalid parameter: " + e.getMessage(), e);
        }
    }

    /** Runs the goal. */
    protected abstract void run() throws MojoFailureException;

    /** The goal's name, for messages. */
    protected abstract String goal();

    Duration timeout() {
        if (busyTimeout < 0) {
            throw new IllegalArgumentException("busyTimeout: must be 0 or more milliseconds, not " + busyTimeout);
        }
        return busyTimeout == TorcDatabase.DEFAULT_BUSY_TIMEOUT.toMillis() ? TorcDatabase.DEFAULT_BUSY_TIMEOUT
                : Duration.ofMillis(busyTimeout);
    }

    /**
     * Creates the folder of an output file when it is missing: a build's output folder (target/...) is the
     * build's to create, as other plugins do; the CLI refuses a missing one.
     */
    static Path withFolder(Path file, String parameter) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                java.nio.file.Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(parameter + ": cannot create the folder " + absolute.getParent()
                    + ": " + e.getMessage(), e);
        }
        return absolute;
    }

    static Path path(File file, String parameter) {
        if (file == null) {
            throw new IllegalArgumentException(parameter + ": is required");
        }
        return file.toPath();
    }
}
