package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PredicateOrderTest {

    @Test
    void splitsTopLevelConjunctionsOnly() {
        assertThat(PredicateOrder.terms("status IN (6, 7, 8) AND unblocking_processed = 0"))
                .containsExactly("status IN (6, 7, 8)", "unblocking_processed = 0");
        assertThat(PredicateOrder.terms("(a = 1 AND b = 2) and c = 'x AND y' AND brand = 3"))
                .containsExactly("(a = 1 AND b = 2)", "c = 'x AND y'", "brand = 3");
        assertThat(PredicateOrder.terms("a BETWEEN 1 AND 5 AND b = 0")).containsExactly("a BETWEEN 1 AND 5 AND b = 0");
        assertThat(PredicateOrder.terms("CASE WHEN a AND b THEN 1 END = 1")).hasSize(1);
        assertThat(PredicateOrder.terms("operand = 1")).containsExactly("operand = 1");
    }

    @Test
    void putsPlainComparisonsBeforeListsCallsAndOrs() {
        assertThat(PredicateOrder.reordered(PredicateOrder.terms("status IN (6, 7, 8) AND unblocking_processed = 0")))
                .isEqualTo("unblocking_processed = 0 AND status IN (6, 7, 8)");
        assertThat(PredicateOrder.reordered(PredicateOrder.terms(
                "lower(name) = 'x' AND (a = 1 OR b = 2) AND c = 3 AND d IS NULL")))
                .isEqualTo("c = 3 AND d IS NULL AND lower(name) = 'x' AND (a = 1 OR b = 2)");
        // Already in that order, or nothing to order: no finding.
        assertThat(PredicateOrder.reordered(PredicateOrder.terms("unblocking_processed = 0 AND status IN (6, 7, 8)")))
                .isNull();
        assertThat(PredicateOrder.reordered(PredicateOrder.terms("status IN (1, 2)"))).isNull();
        // "origin" and "android" hold "or" and "and" inside words: plain comparisons.
        assertThat(PredicateOrder.reordered(PredicateOrder.terms("origin = 1 AND android = 2"))).isNull();
    }
}
