package io.github.torcindex.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link WorkflowGenerator} wrote.
 *
 * @param database the database file
 * @param options the sizes and seed
 * @param rowsByTable rows added to each table
 * @param elapsed how long it took, from opening to the closed, renamed file
 * @param bytes the size of the database file afterwards
 */
public record GenerationReport(Path database, GeneratorOptions options, Map<String, Long> rowsByTable,
        Duration elapsed, long bytes) {

    /** Validates and copies the components. */
    public GenerationReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(elapsed, "elapsed");
        rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }

    /** Rows added to all tables together. */
    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows written per second. */
    public double rowsPerSecond() {
        return totalRows() / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
