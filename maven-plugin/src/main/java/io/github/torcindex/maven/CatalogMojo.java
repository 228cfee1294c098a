package io.github.torcindex.maven;

import io.github.torcindex.analyzer.NewTextFile;
import io.github.torcindex.analyzer.source.NotExtracted;
import io.github.torcindex.analyzer.source.SourceCatalog;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the catalog of every SQL statement a Torc source tree's server sends (as {@code torc-index catalog
 * --from-source}), for the {@code verify} goal's {@code queries}: in Torc's own build, the statements of the
 * commit being built.
 */
@Mojo(name = "catalog", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, threadSafe = true)
public class CatalogMojo extends AbstractTorcIndexMojo {

    /** The root of the Torc source tree (in Torc's own build: the project's base directory). */
    @Parameter(property = "torc-index.sourceTree", defaultValue = "${project.basedir}")
    File sourceTree;

    /** The catalog file to write; it must not exist. */
    @Parameter(property = "torc-index.catalog", required = true)
    File catalog;

    /** The schema to check the statements on ({@code v0.12.0}, ...); default: the tree's Cargo.toml version. */
    @Parameter(property = "torc-index.torcVersion")
    String torcVersion;

    @Override
    protected void run() {
        Path target = withFolder(path(catalog, "catalog"), "catalog");
        NewTextFile.check(target, "catalog", "torc-queries.sql");
        Optional<TorcSchemaVersion.Init> schema = Optional.ofNullable(torcVersion).map(TorcSchemaVersion.Init::of);
        SourceCatalog extracted = TorcIndex.load().catalogFromSource(path(sourceTree, "sourceTree"), schema);
        NewTextFile.write(catalog.toPath(), extracted.catalogText(), "catalog", "torc-queries.sql");
        getLog().info("torc-index catalog: " + extracted.statements().size() + " statements of "
                + extracted.callSites() + " sqlx calls (Torc " + extracted.torcVersion() + ") written to " + catalog);
        for (NotExtracted n : extracted.leftOut()) {
            if (!n.reason().startsWith("not a query")) {
                getLog().info("  left out: " + n.location() + " " + n.function() + ": " + n.reason());
            }
        }
    }

    @Override
    protected String goal() {
        return "catalog";
    }
}
