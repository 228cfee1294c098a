/**
 * Synthetic Torc workflows ({@link io.github.torcindex.bench.WorkflowGenerator}); the JMH benchmarks and the
 * before/after report follow in a later issue.
 */
package io.github.torcindex.bench;
