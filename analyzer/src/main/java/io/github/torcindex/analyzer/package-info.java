/**
 * Query-plan checks and index advice for Torc workloads: {@link io.github.torcindex.analyzer.QueryCatalog}
 * (named statements with expectations), {@link io.github.torcindex.analyzer.QueryPlan} (EXPLAIN QUERY PLAN as
 * a tree, both SQLite text forms), {@link io.github.torcindex.analyzer.PlanVerifier} and the index advisor.
 */
package io.github.torcindex.analyzer;
