package io.github.torcindex.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code report} reads and writes: the command line and the Maven goal build the same record.
 *
 * @param in the output folder of a {@code bench} run (of generated databases or of {@code --db})
 * @param out where to write report.md and report.html
 */
public record ReportOptions(Path in, Path out) {

    /** Validates the components. */
    public ReportOptions {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
    }
}
