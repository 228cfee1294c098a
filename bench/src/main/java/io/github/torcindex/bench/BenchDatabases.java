package io.github.torcindex.bench;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.analyzer.IndexAdvisor;
import io.github.torcindex.analyzer.ProposedIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.indexer.IndexCatalog;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark databases, cached by their parameters: one generated database per size and seed, and one
 * migrated copy of it per index level. Levels: {@code 0} (baseline) to {@code 3} (phases 1..3, no statistics),
 * {@code 4} (phase 3 plus ANALYZE), and {@code advised} (the baseline plus the advisor's proposals for the
 * built-in catalog, without statistics: torc-index's own answer to the seed).
 */
public final class BenchDatabases {


    /** Bump when the generator's output changes, so that stale cached databases are not reused. */
    static final int GENERATOR_VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(BenchDatabases.class);

    private BenchDatabases() {
    }

    /** The cached generated database for these sizes, generated if missing. */
    public static synchronized Path base(Path cache, GeneratorOptions options) {
        Path file = cache.resolve(String.format("torc-v%d-w%d-j%d-s%d.db", GENERATOR_VERSION, options.workflows(),
                options.jobsPerWorkflow(), options.seed()));
        if (!Files.exists(file)) {
            BenchRunner.prepareFolder(cache, "--cache");
            LOG.info("Generating {}", file);
            WorkflowGenerator.create(file, options, false, GenerationProgress.NONE);
        }
        return file;
    }

    /**
     * The cached generated database for these sizes built with Torc {@code schema}'s own migrations (for
     * {@code bench --torc-version}: Torc as it ships, benchmarked as a user's database), generated if missing.
     */
    public static synchronized Path base(Path cache, TorcSchemaVersion.Init schema, GeneratorOptions options) {
        if (schema.equals(TorcSchemaVersion.Init.SEED)) {
            return base(cache, options);
        }
        Path file = cache.resolve(String.format("torc-v%d-%s-w%d-j%d-s%d.db", GENERATOR_VERSION, schema.name(),
                options.workflows(), options.jobsPerWorkflow(), options.seed()));
        if (!Files.exists(file)) {
            BenchRunner.prepareFolder(cache, "--cache");
            LOG.info("Generating {}", file);
            WorkflowGenerator.create(file, schema, options, false, GenerationProgress.NONE);
        }
        return file;
    }

    /**
     * The database a JMH fork benchmarks: the one {@link #atLevel} prepared before the forks started. Finding the
     * "advised" database by its name would mean running the advisor again in every fork; there is only one per
     * base (stale ones are deleted), so the fork takes it. Anything missing is prepared as by {@link #atLevel}.
     */
    public static Path prepared(Path cache, GeneratorOptions options, BenchLevel level) {
        if (level.isAdvised()) {
            Path base = base(cache, options);
            String prefix = base.getFileName().toString().replace(".db", "-level-advised-");
            try (DirectoryStream<Path> found = Files.newDirectoryStream(cache, prefix + "*.db")) {
                for (Path file : found) {
                    return file;
                }
            } catch (IOException e) {
                LOG.warn("Could not look for {}*.db in {}; preparing it", prefix, cache, e);
            }
        }
        return atLevel(cache, options, level);
    }

    /** The cached copy of the base database at {@code level}, migrated if missing. */
    public static synchronized Path atLevel(Path cache, GeneratorOptions options, BenchLevel level) {
        Path base = base(cache, options);
        // What the level holds is part of the name: the index changelogs' fingerprint, or for "advised" the
        // advice itself, so a database built by an older torc-index is never reused.
        List<String> advice = level.isAdvised() ? advice(base) : List.of();
        String prefix = base.getFileName().toString().replace(".db", "-level-" + level);
        Path file = base.resolveSibling(prefix + "-" + (level.isAdvised() ? ContentDigest.fingerprint(String.join(";\n", advice))
                : IndexCatalog.load().fingerprint()) + ".db");
        if (Files.exists(file)) {
            return file;
        }
        deleteStale(base.getParent(), prefix);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.copy(base, partial, StandardCopyOption.REPLACE_EXISTING);
            if (level.isAdvised()) {
                try (TorcDatabase db = TorcDatabase.open(partial)) {
                    advice.forEach(db::execute);
                }
            } else if (!level.equals(BenchLevel.BASELINE)) {
                new IndexMigrator().migrate(new MigrateOptions(partial, level.phases(), false, false, false,
                        Duration.ofSeconds(30)));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not prepare the benchmark database " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The statements that build the "advised" level from the base: the advisor's proposals for the built-in
     * catalog, then ANALYZE (the advisor judges its proposals with statistics, and its changelog analyzes too).
     */
    private static List<String> advice(Path base) {
        List<ProposedIndex> additions = new IndexAdvisor().advise(new AdviseOptions(base, Workload.BUILT_IN, 1_000,
                TorcDatabase.DEFAULT_BUSY_TIMEOUT)).additions();
        List<String> sql = new ArrayList<>(additions.stream().map(ProposedIndex::createSql).toList());
        if (!additions.isEmpty()) {
            sql.add("ANALYZE"); // the advisor judges its proposals with statistics; so does the advice's changelog
        }
        return sql;
    }

    private static void deleteStale(Path cache, String prefix) {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(cache, prefix + "*.db")) {
            for (Path file : stale) {
                LOG.info("Deleting {}: migrated by other index changelogs", file);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete stale benchmark databases {}*.db in {}", prefix, cache, e);
        }
    }

}
