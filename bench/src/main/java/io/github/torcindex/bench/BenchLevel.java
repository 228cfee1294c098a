package io.github.torcindex.bench;

import java.util.List;
import java.util.Objects;

/**
 * An index level a benchmark runs at. Of a generated seed-baseline database: {@code 0} (the baseline) to
 * {@code 4} (phases 1..3 and ANALYZE), or {@code advised} (the baseline plus what {@code torc-index advise}
 * proposes for the built-in catalog). Of a user's database ({@code bench --db}) or one built by Torc's
 * migrations: {@code shipped} (the database as it is), {@code 1}-{@code 4} (the phases on top of it) and
 * {@code advised} (its advice on top of it).
 *
 * @param name how the level is written: {@code shipped}, {@code 0}-{@code 4} or {@code advised}
 */
public record BenchLevel(String name) {

    // First: the constants below are built with the constructor, which checks names against it.
    private static final List<String> NAMES = List.of("shipped", "0", "1", "2", "3", "4", "advised");

    /** The baseline: no recommended index. */
    public static final BenchLevel BASELINE = new BenchLevel("0");
    /** The baseline with the advisor's proposals applied (and the ANALYZE they rely on). */
    public static final BenchLevel ADVISED = new BenchLevel("advised");
    /** The database as it is: the first level of {@code bench --db}. */
    public static final BenchLevel SHIPPED = new BenchLevel("shipped");
    /** Every level of a generated seed-baseline database, in report order. */
    public static final List<BenchLevel> ALL = List.of(BASELINE, new BenchLevel("1"), new BenchLevel("2"),
            new BenchLevel("3"), new BenchLevel("4"), ADVISED);

    /** Every level of a user's database, in report order. */
    public static final List<BenchLevel> OF_DATABASE = List.of(SHIPPED, new BenchLevel("1"), new BenchLevel("2"),
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
     * @throws IllegalArgumentException if it is not shipped, 0-4 or advised
     */
    public static BenchLevel of(String name) {
        return new BenchLevel(name.strip());
    }

    /** Whether this is the advised level. */
    public boolean isAdvised() {
        return equals(ADVISED);
    }

    /** Whether this is the shipped level (a database as it is). */
    public boolean isShipped() {
        return equals(SHIPPED);
    }

    /** The number of seed phases applied (0-4). */
    public int phases() {
        if (isAdvised() || isShipped()) {
            throw new IllegalStateException("the " + name + " level is not a number of phases");
        }
        return Integer.parseInt(name);
    }

    /** Where the level sits in reports: shipped, 0-4, then advised. */
    public int order() {
        return NAMES.indexOf(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
