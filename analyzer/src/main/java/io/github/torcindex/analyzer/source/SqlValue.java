package io.github.torcindex.analyzer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The values a string expression of Rust source can take: one per branch the code can go down (an {@code if}
 * arm, an optional {@code push_str}), each with the conditions that lead to it.
 *
 * @param variants the possible values, at most {@link #MAX_VARIANTS}
 */
record SqlValue(List<Variant> variants) {

    /** More branch combinations than this are cut off (the first ones are kept). */
    static final int MAX_VARIANTS = 48;

    /**
     * One value and the conditions under which the code builds it.
     *
     * @param text the value
     * @param conditions the conditions taken, as short labels ({@code status}, {@code not all_runs})
     */
    record Variant(String text, List<String> conditions) {

        Variant {
            conditions = List.copyOf(conditions);
        }

        Variant with(String condition) {
            List<String> all = new ArrayList<>(conditions);
            if (!all.contains(condition)) {
                all.add(condition);
            }
            return new Variant(text, all);
        }
    }

    SqlValue {
        variants = List.copyOf(variants.size() > MAX_VARIANTS ? variants.subList(0, MAX_VARIANTS) : variants);
    }

    static SqlValue of(String text) {
        return new SqlValue(List.of(new Variant(text, List.of())));
    }

    /**
     * Every value of this followed by every value of {@code next}, but for the pairs no run can build: one
     * taken under a condition and the other under its negation ({@code needs_join} and {@code not needs_join}).
     */
    SqlValue concat(SqlValue next) {
        SqlValue consistent = combine(next, true);
        // Every pair contradictory: keep them all, as before; such a statement is then left out when it doesn't
        // prepare, with the reason, rather than the whole extraction failing.
        return consistent.variants().isEmpty() ? combine(next, false) : consistent;
    }

    private SqlValue combine(SqlValue next, boolean consistentOnly) {
        List<Variant> out = new ArrayList<>();
        for (Variant a : variants) {
            for (Variant b : next.variants) {
                if (consistentOnly && b.conditions().stream().anyMatch(c -> a.conditions()
                        .contains(Conditions.negate(c)))) {
                    continue;
                }
                List<String> conditions = new ArrayList<>(a.conditions());
                b.conditions().stream().filter(c -> !conditions.contains(c)).forEach(conditions::add);
                out.add(new Variant(a.text() + b.text(), conditions));
            }
        }
        return new SqlValue(out);
    }

    /** The values of this and of {@code other}. */
    SqlValue or(SqlValue other) {
        List<Variant> out = new ArrayList<>(variants);
        out.addAll(other.variants);
        return new SqlValue(out);
    }

    /** Each value under one more condition. */
    SqlValue when(String condition) {
        return new SqlValue(variants.stream().map(v -> v.with(condition)).toList());
    }

    /** Why a string expression has no value known from the source. */
    static final class Unresolved extends Exception {

        private static final long serialVersionUID = 1L;

        Unresolved(String reason) {
            super(reason, null, false, false);
        }
    }
}
