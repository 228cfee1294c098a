package io.github.torcindex.analyzer;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.MigrateOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** One generated database (4 workflows of 3,000 jobs, seed 11) per test class, and copies of it at any level. */
final class GeneratedDatabase {

    private final Path folder;
    private final Path level0;

    private GeneratedDatabase(Path folder, Path level0) {
        this.folder = folder;
        this.level0 = level0;
    }

    static GeneratedDatabase in(Path folder) {
        return new GeneratedDatabase(folder, WorkflowGenerator.create(folder.resolve("level0.db"),
                new GeneratorOptions(4, 3_000, 11L), false, GenerationProgress.NONE).database());
    }

    /** The generated database itself, at level 0 (never changed by a test). */
    Path level0() {
        return level0;
    }

    /** A new copy, migrated to {@code level}. */
    Path copyAt(int level) throws IOException {
        Path copy = folder.resolve("level" + level + "-" + System.nanoTime() + ".db");
        Files.copy(level0, copy);
        if (level > 0) {
            new IndexMigrator().migrate(new MigrateOptions(copy, level, false, false, false, Duration.ofSeconds(5)));
        }
        return copy;
    }
}
