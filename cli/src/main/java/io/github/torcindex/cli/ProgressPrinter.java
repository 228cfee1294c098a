package io.github.torcindex.cli;

import io.github.torcindex.generator.GenerationProgress;
import java.io.PrintStream;
import java.util.Locale;

/** Renders generator progress: a bar redrawn in place on a terminal, a plain line every few seconds elsewhere. */
final class ProgressPrinter implements GenerationProgress {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream stream;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLine = start;

    ProgressPrinter(PrintStream stream, boolean terminal) {
        this.stream = stream;
        this.terminal = terminal;
    }

    @Override
    public void workflowWritten(int done, int total, long rows) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = rows / seconds;
        double left = seconds / done * (total - done);
        String text = String.format(Locale.ROOT, "%d/%d workflows, %,d rows, %,.0f rows/s, %.0f s left", done, total,
                rows, rate, left);
        if (terminal) {
            int width = 30;
            int filled = (int) ((long) width * done / total);
            stream.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + text + "   ");
            if (done == total) {
                stream.println();
            }
            stream.flush();
        } else if (now - lastLine >= LINE_INTERVAL_NANOS || done == total) {
            stream.println("generate: " + text);
            lastLine = now;
        }
    }
}
