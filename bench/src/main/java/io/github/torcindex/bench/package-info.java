/**
 * JMH benchmarks of Torc's queries and writes at every index level, and the before/after report
 * ({@link io.github.torcindex.bench.BenchRunner}, {@link io.github.torcindex.bench.BenchReport}).
 */
package io.github.torcindex.bench;
