package io.github.torcindex.analyzer;

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
}
