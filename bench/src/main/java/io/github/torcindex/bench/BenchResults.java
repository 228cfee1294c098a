package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The files {@link BenchRunner} wrote, read back for {@link BenchReport}. */
final class BenchResults {

    /** One JMH result: a benchmark at one parameter combination. */
    record Score(String benchmark, String query, String level, int workflows, double score, double error,
            String unit) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Score> scores;
    final List<Score> writes;
    final JsonNode plans;
    final JsonNode sizes;
    final JsonNode environment;

    private BenchResults(List<Score> scores, List<Score> writes, JsonNode plans, JsonNode sizes, JsonNode env) {
        this.scores = scores;
        this.writes = writes;
        this.plans = plans;
        this.sizes = sizes;
        this.environment = env;
    }

    static BenchResults read(Path in) {
        Path jmh = in.resolve("jmh.json");
        if (!Files.isRegularFile(jmh)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No benchmark results in " + in + ": "
                    + jmh.getFileName() + " is missing. Run `torc-index bench --out " + in + "` first.");
        }
        try {
            return new BenchResults(scores(jmh), Files.exists(in.resolve("jmh-writes.json"))
                    ? scores(in.resolve("jmh-writes.json")) : List.of(), tree(in.resolve("plans.json")),
                    tree(in.resolve("sizes.json")), tree(in.resolve("environment.json")));
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the benchmark results in " + in
                    + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(Path file) throws IOException {
        return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    private static List<Score> scores(Path file) throws IOException {
        List<Score> scores = new ArrayList<>();
        for (JsonNode run : JSON.readTree(file.toFile())) {
            JsonNode params = run.path("params");
            JsonNode metric = run.path("primaryMetric");
            String benchmark = run.path("benchmark").asText();
            scores.add(new Score(benchmark.substring(benchmark.lastIndexOf('.') + 1), params.path("query").asText(""),
                    params.path("level").asText(), params.path("workflows").asInt(), metric.path("score").asDouble(),
                    metric.path("scoreError").asDouble(Double.NaN), metric.path("scoreUnit").asText()));
        }
        return scores;
    }

    /** The sizes measured, sorted. */
    List<Integer> workflowSizes() {
        return scores.stream().map(Score::workflows).distinct().sorted().toList();
    }

    /** Query, then level, to score, for one database size. */
    Map<String, Map<String, Score>> byQuery(int workflows) {
        Map<String, Map<String, Score>> table = new LinkedHashMap<>();
        for (Score s : scores) {
            if (s.workflows() == workflows) {
                table.computeIfAbsent(s.query(), q -> new TreeMap<>()).put(s.level(), s);
            }
        }
        return table;
    }

    Optional<Score> score(int workflows, String query, String level) {
        return Optional.ofNullable(byQuery(workflows).getOrDefault(query, Map.of()).get(level));
    }

    Optional<Score> write(int workflows, String benchmark, String level) {
        return writes.stream().filter(s -> s.workflows() == workflows && s.benchmark().equals(benchmark)
                && s.level().equals(level)).findFirst();
    }

    String plan(int workflows, String level, String query) {
        return plans.path(String.valueOf(workflows)).path(level).path(query).asText("");
    }

    Optional<Long> size(int workflows, String level, String index) {
        JsonNode n = sizes.path(String.valueOf(workflows)).path(level).path(index);
        return n.isMissingNode() ? Optional.empty() : Optional.of(n.asLong());
    }

    Map<String, Long> sizes(int workflows, String level) {
        Map<String, Long> all = new TreeMap<>();
        sizes.path(String.valueOf(workflows)).path(level).fields()
                .forEachRemaining(e -> all.put(e.getKey(), e.getValue().asLong()));
        return all;
    }

    int jobsPerWorkflow() {
        return environment.path("jobsPerWorkflow").asInt(10_000);
    }
}
