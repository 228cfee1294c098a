package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Releases a Liquibase lock left on the database by another host's or tool's killed run, as
 * {@code torc-index unlock} does (torc-index's own stale locks are released by its next run).
 */
@Mojo(name = "unlock", threadSafe = true)
public class UnlockMojo extends AbstractTorcIndexMojo {

    /** The Torc SQLite database file; it must exist. */
    @Parameter(property = "torc-index.database", required = true)
    File database;

    @Override
    protected void run() {
        java.nio.file.Path db = path(database, "database");
        Optional<String> released = TorcIndex.load().unlock(db, timeout());
        getLog().info(released.map(holder -> "Released the changelog lock of " + db + " (held by " + holder + ").")
                .orElse("The changelog lock of " + db + " was not held; nothing to do."));
    }

    @Override
    protected String goal() {
        return "unlock";
    }
}
