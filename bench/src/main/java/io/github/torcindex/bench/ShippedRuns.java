package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Torc-as-shipped runs of a generated matrix ({@link BenchOptions.Shipped}): each a {@code bench --db} run in
 * a folder {@link BenchOptions#shippedFolder} of the matrix's results, reported in full in the same folder of
 * the report and summarised in the matrix's report, beside the seed's claims.
 */
final class ShippedRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShippedRuns() {
    }

    /** The runs in {@code in}, by folder name. */
    static List<Path> of(Path in) throws IOException {
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(p -> p.getFileName().toString().startsWith("shipped-"))
                    .filter(DatabaseBenchReport::isDatabaseRun).sorted().toList();
        }
    }

    /** Writes each run's report under {@code out} and its summary table into {@code md}; nothing without runs. */
    static void section(Path in, Path out, StringBuilder md) throws IOException {
        List<Path> runs = of(in);
        if (runs.isEmpty()) {
            return;
        }
        md.append("\n## Torc as shipped: what an operator of each version gains\n\n")
                .append("The claims above are the seed's, measured against the bare seed baseline (level 0). A Torc "
                        + "database as Torc's own migrations build it already has indexes of its own; these runs "
                        + "start from there (`shipped`), with the seed's phases (Torc's own equivalents kept) and "
                        + "torc-index's advice on top, and time Torc's own statements of that version and its hot "
                        + "writes, as `bench --db` does on a user's database.\n");
        for (Path run : runs) {
            JsonNode env = JSON.readTree(run.resolve("environment.json").toFile());
            md.append(String.format(Locale.ROOT, "%n### %s, W=%,d (%,d jobs)%n%n",
                    env.path("torcSchema").asText(), env.path("workflowsInDatabase").asLong(), env.path("jobs")
                            .asLong()));
            DatabaseBenchReport.summaryTable(run, md);
            Path report = out.resolve(run.getFileName());
            new DatabaseBenchReport().write(run, report);
            md.append("\nEvery statement, plan and write of this run: [").append(run.getFileName())
                    .append("/report.html](").append(run.getFileName()).append("/report.html).\n");
        }
    }
}
