/**
 * Reading a workload out of a Torc source tree: the SQL its server sends through sqlx, literal or assembled
 * at run time, as a catalog ({@link io.github.torcindex.analyzer.source.SourceCatalog}).
 */
package io.github.torcindex.analyzer.source;
