package io.github.torcindex.bench;

import java.util.List;
import java.util.Objects;

/**
 * An index level a benchmark runs at: {@code 0} (the baseline) to {@code 4} (phases 1..3 and ANALYZE), or
 * {@code advised} (the baseline plus what {@code torc-index advise} proposes for the built-in catalog).
 *
 * @param name how the level is written: {@code 0}-{@code 4} or {@code advised}
 */
public record BenchLevel(String name) {

    // First: the constants below are built with the constructor, which checks names against it.
    private static final List<String> NAMES = List.of("0", "1", "2", "3", "4", "advised");

    /** The baseline: no recommended index. */
    public static final BenchLevel BASELINE = new BenchLevel("0");
    /** The baseline with the advisor's proposals applied (and the ANALYZE they rely on). */
    public static final BenchLevel ADVISED = new BenchLevel("advised");
    /** Every level, in report order. */
    public static final List<BenchLevel> ALL = List.of(BASELINE, new BenchLevel("1"), new BenchLevel("2"),
            new BenchLevel("3"), new BenchLevel("4"), ADVISED);

    /** Validates the name. */
    public BenchLevel {
        Objects.requireNonNull(name, "name");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("level: unknown level '" + name + "'; use one of "
                    + String.join(", ", NAMES));
        }
    }

    /**
     * The level named {@code name}.
     *
     * @throws IllegalArgumentException if it is not 0-4 or advised
     */
    public static BenchLevel of(String name) {
        return new BenchLevel(name.strip());
    }

    /** Whether this is the advised level. */
    public boolean isAdvised() {
        return equals(ADVISED);
    }

    /** The number of seed phases applied (0-4). */
    public int phases() {
        if (isAdvised()) {
            throw new IllegalStateException("the advised level is not a number of phases");
        }
        return Integer.parseInt(name);
    }

    /** Where the level sits in reports: 0-4, then advised. */
    public int order() {
        return NAMES.indexOf(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
