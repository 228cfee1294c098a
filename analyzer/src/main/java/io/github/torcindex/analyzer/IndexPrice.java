package io.github.torcindex.analyzer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an index would gain and cost the workload, in weighted row-read equivalents (see {@link PlanCost}).
 *
 * @param readSaving the reads it saves: for each statement, weight times (cost with the indexes chosen before
 *     it minus cost with it too)
 * @param writeCost what maintaining it adds to the workload's writes: for each write statement that changes it
 *     (an INSERT or DELETE on its table, an UPDATE of one of its columns), weight times rows written
 * @param writes the write statements that change it
 * @param bytes its estimated size (rows times the average width of its columns and rowid, plus B-tree overhead)
 * @param rejection why it was not proposed, if it was not
 */
public record IndexPrice(double readSaving, double writeCost, List<String> writes, long bytes,
        Optional<String> rejection) {

    /** Validates and copies the components. */
    public IndexPrice {
        writes = List.copyOf(writes);
        Objects.requireNonNull(rejection, "rejection");
    }

    /** No price computed (an index rejected before pricing). */
    static IndexPrice unpriced(String rejection) {
        return new IndexPrice(0, 0, List.of(), -1, Optional.of(rejection));
    }

    IndexPrice rejected(String why) {
        return new IndexPrice(readSaving, writeCost, writes, bytes, Optional.of(why));
    }
}
