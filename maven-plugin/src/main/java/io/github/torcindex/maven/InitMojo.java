package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Creates a new database of a Torc version's schema (as {@code torc-index init}); refuses an existing file. */
@Mojo(name = "init", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class InitMojo extends AbstractTorcIndexMojo {

    /** The database to create; shared with the other goals as {@code torc-index.database}. */
    @Parameter(property = "torc-index.database", required = true)
    File database;

    /** The schema: {@code seed} (default), {@code v0.12.0} or {@code v0.25.1}. */
    @Parameter(property = "torc-index.torcVersion", defaultValue = "seed")
    String torcVersion;

    @Override
    protected void run() {
        StatusReport status = TorcIndex.load().init(withFolder(path(database, "database"), "database"), TorcSchemaVersion.Init.of(torcVersion));
        getLog().info("torc-index init: created " + status.database() + " (" + torcVersion + "), level "
                + status.level());
    }

    @Override
    protected String goal() {
        return "init";
    }
}
