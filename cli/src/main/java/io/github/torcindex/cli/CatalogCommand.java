package io.github.torcindex.cli;

import io.github.torcindex.analyzer.NewTextFile;
import io.github.torcindex.analyzer.source.NotExtracted;
import io.github.torcindex.analyzer.source.SourceCatalog;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code catalog}: writes a workload catalog from a Torc source tree. */
final class CatalogCommand implements Command {

    static final String FROM_SOURCE = "from-source";
    static final String OUT = "out";

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public String summary() {
        return "write the catalog of every SQL statement a Torc source tree's server sends (for verify/advise)";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(FROM_SOURCE).hasArg().argName("DIR").required()
                        .desc("the root of a Torc source tree (a clone of NatLabRockies/torc)").get())
                .addOption(Option.builder().longOpt(OUT).hasArg().argName("FILE")
                        .desc("write the catalog to this new file (default: print it)").get())
                .addOption(Option.builder().longOpt(InitCommand.TORC_VERSION).hasArg().argName("V")
                        .desc("the schema to check the statements on: " + TorcSchemaVersion.Init.ALL.stream()
                                .map(TorcSchemaVersion.Init::name).toList() + " (default: the one matching the "
                                + "tree's Cargo.toml version)").get());
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        Path tree = CommonOptions.folderPath(line, FROM_SOURCE);
        Optional<Path> target = line.hasOption(OUT)
                ? Optional.of(NewTextFile.check(CommonOptions.filePath(line, OUT), "catalog", "torc-queries.sql"))
                : Optional.empty();
        Optional<TorcSchemaVersion.Init> schema = line.hasOption(InitCommand.TORC_VERSION)
                ? Optional.of(CommonOptions.torcVersion(line)) : Optional.empty();
        SourceCatalog catalog = TorcIndex.load().catalogFromSource(tree, schema);
        if (target.isEmpty()) {
            out.print(catalog.catalogText());
            return 0;
        }
        NewTextFile.write(target.get(), catalog.catalogText(), "catalog", "torc-queries.sql");
        long sites = catalog.statements().stream().map(s -> s.location()).distinct().count();
        out.printf("Wrote %s: %d statements from %d of the %d sqlx calls of %s (Torc %s, commit %s), each prepared "
                + "on the %s schema.%n", target.get(), catalog.statements().size(), sites, catalog.callSites(),
                catalog.root(), catalog.torcVersion(), catalog.commit().orElse("unknown"), catalog.schema());
        Map<String, Integer> reasons = new TreeMap<>();
        for (NotExtracted n : catalog.leftOut()) {
            reasons.merge(n.reason().startsWith("not a query") ? "not a query (transaction control)" : "other", 1,
                    Integer::sum);
        }
        if (!catalog.leftOut().isEmpty()) {
            out.println("Left out (also listed at the end of the catalog):");
            catalog.leftOut().stream().filter(n -> !n.reason().startsWith("not a query")).forEach(n -> out.println(
                    "  " + n.location() + " " + n.function() + ": " + n.reason()));
            int control = reasons.getOrDefault("not a query (transaction control)", 0);
            if (control > 0) {
                out.println("  " + control + " transaction-control calls (BEGIN, COMMIT, ROLLBACK): not queries");
            }
        }
        out.println("Check it with: torc-index verify --db TORC.db --queries " + target.get());
        return 0;
    }
}
