package io.github.torcindex.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@link TorcIndex#demo} did.
 *
 * @param report the report written (its verdicts and the queries that got slower)
 * @param failingAt0 statements of the built-in catalog with plan violations at level 0
 * @param failingAt3 the same at level 3
 * @param failingAt4 the same at level 4 (phase 3 + ANALYZE)
 * @param shippedReports the report of each Torc version as shipped
 * @param elapsed the time it took
 */
public record DemoReport(BenchReport.Written report, int failingAt0, int failingAt3, int failingAt4,
        List<Path> shippedReports, Duration elapsed) {

    /** Copies the list. */
    public DemoReport {
        shippedReports = List.copyOf(shippedReports);
    }
}
