package io.github.torcindex.analyzer;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Limits on what the advisor may propose; each is optional.
 *
 * @param maxIndexes at most this many new indexes
 * @param maxIndexBytes at most this many bytes of new indexes (estimated from the table contents)
 * @param maxWriteOverhead the new indexes may add at most this percentage to the workload's weighted write cost
 *     (each write statement priced by the rows it writes times the indexes it maintains)
 */
public record AdviceBudget(OptionalInt maxIndexes, OptionalLong maxIndexBytes, OptionalDouble maxWriteOverhead) {

    /** No limits. */
    public static final AdviceBudget NONE = new AdviceBudget(OptionalInt.empty(), OptionalLong.empty(),
            OptionalDouble.empty());

    /** Validates the components. */
    public AdviceBudget {
        if (maxIndexes.isPresent() && maxIndexes.getAsInt() < 0) {
            throw new IllegalArgumentException("maxIndexes: must be 0 or more, not " + maxIndexes.getAsInt());
        }
        if (maxIndexBytes.isPresent() && maxIndexBytes.getAsLong() < 0) {
            throw new IllegalArgumentException("maxIndexBytes: must be 0 or more, not " + maxIndexBytes.getAsLong());
        }
        if (maxWriteOverhead.isPresent() && !(maxWriteOverhead.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("maxWriteOverhead: must be 0 or more percent, not "
                    + maxWriteOverhead.getAsDouble());
        }
    }

    /**
     * Which limit a set of new indexes would exceed, in words for the report, if any.
     *
     * @param count how many indexes the set has
     * @param bytes their estimated size
     * @param overhead the percentage they add to the workload's weighted write cost
     */
    Optional<String> exceededBy(int count, long bytes, double overhead) {
        if (maxIndexes.isPresent() && count > maxIndexes.getAsInt()) {
            return Optional.of("over --max-indexes " + maxIndexes.getAsInt());
        }
        if (maxIndexBytes.isPresent() && bytes > maxIndexBytes.getAsLong()) {
            return Optional.of(String.format(Locale.ROOT, "over --max-index-bytes %,d (the chosen indexes would "
                    + "take %,d)", maxIndexBytes.getAsLong(), bytes));
        }
        if (maxWriteOverhead.isPresent() && overhead > maxWriteOverhead.getAsDouble()) {
            return Optional.of(String.format(Locale.ROOT, "over --max-write-overhead %.1f%% (the chosen indexes "
                    + "would add %.1f%% to the weighted write cost)", maxWriteOverhead.getAsDouble(), overhead));
        }
        return Optional.empty();
    }
}
