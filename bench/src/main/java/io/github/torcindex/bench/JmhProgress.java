package io.github.torcindex.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output to its log, and one line per benchmark on the terminal: which of how many, what it times, the
 * time elapsed and an estimate of the time left (from the benchmarks done so far). Shared by the runs of one
 * {@code bench}, which count together.
 */
final class JmhProgress {

    private final PrintStream terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int started;

    JmhProgress(PrintStream terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    /** JMH's output format for one run: {@code log} gets everything, the terminal a line per benchmark. */
    OutputFormat around(OutputFormat log, Function<BenchmarkParams, String> label) {
        return new OutputFormat() {
            @Override
            public void startBenchmark(BenchmarkParams params) {
                started(label.apply(params));
                log.startBenchmark(params);
            }

            @Override
            public void iteration(BenchmarkParams b, IterationParams p, int i) {
                log.iteration(b, p, i);
            }

            @Override
            public void iterationResult(BenchmarkParams b, IterationParams p, int i, IterationResult r) {
                log.iterationResult(b, p, i, r);
            }

            @Override
            public void endBenchmark(BenchmarkResult result) {
                log.endBenchmark(result);
            }

            @Override
            public void startRun() {
                log.startRun();
            }

            @Override
            public void endRun(Collection<RunResult> result) {
                log.endRun(result);
            }

            @Override
            public void print(String s) {
                log.print(s);
            }

            @Override
            public void println(String s) {
                log.println(s);
            }

            @Override
            public void flush() {
                log.flush();
            }

            @Override
            public void close() {
                log.close();
            }

            @Override
            public void verbosePrintln(String s) {
                log.verbosePrintln(s);
            }

            @Override
            public void write(int b) {
                log.write(b);
            }

            @Override
            public void write(byte[] b) throws IOException {
                log.write(b);
            }
        };
    }

    private synchronized void started(String what) {
        started++;
        double elapsed = (System.nanoTime() - start) / 1e9;
        String left = started <= 1 ? "" : ", about " + duration(elapsed / (started - 1) * (total - started + 1))
                + " left";
        terminal.printf(Locale.ROOT, "bench: %d/%d %s (%s elapsed%s)%n", started, Math.max(total, started), what,
                duration(elapsed), left);
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 5_400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3_600);
    }
}
