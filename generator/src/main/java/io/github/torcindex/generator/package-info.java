/**
 * Synthetic Torc workflows: {@link io.github.torcindex.generator.WorkflowGenerator} builds databases of W
 * workflows of J jobs, deterministic for a seed, for benchmarks and tests (see docs/generator.md).
 */
package io.github.torcindex.generator;
