package io.github.torcindex.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link TorcIndex#demo} runs.
 *
 * @param out the folder for the results and the report ({@code out/results}, {@code out/report})
 * @param cache where the generated databases are cached between runs
 * @param workflows workflows of 10,000 jobs (1 to 1000)
 */
public record DemoOptions(Path out, Path cache, int workflows) {

    /** Validates the components. */
    public DemoOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(cache, "cache");
        out = out.toAbsolutePath();
        if (workflows < 1 || workflows > 1000) {
            throw new IllegalArgumentException("workflows: must be from 1 to 1000, not " + workflows);
        }
    }
}
