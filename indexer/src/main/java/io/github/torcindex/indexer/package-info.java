/**
 * The recommended index phases as Liquibase changelogs ({@code phase-1.xml} ... {@code phase-4.xml}) and
 * {@link io.github.torcindex.indexer.IndexMigrator}, which applies, rolls back and reports them on a Torc
 * database without duplicating, or ever dropping, an index that torc-index did not create.
 */
package io.github.torcindex.indexer;
