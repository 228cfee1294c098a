package io.github.torcindex.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that change a database share (migrate, rollback, apply): the file, dry run and backup. */
public abstract class AbstractChangeMojo extends AbstractTorcIndexMojo {

    /** The Torc SQLite database file; it must exist. */
    @Parameter(property = "torc-index.database", required = true)
    protected File database;

    /** Print or list what it would do and change nothing. */
    @Parameter(property = "torc-index.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /** Do not back the database up first. */
    @Parameter(property = "torc-index.noBackup", defaultValue = "false")
    protected boolean noBackup;
}
