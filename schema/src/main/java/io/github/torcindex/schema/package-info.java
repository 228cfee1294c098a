/**
 * The Torc baseline schema as a Liquibase changelog, and {@link io.github.torcindex.schema.TorcDatabase}, which
 * opens a Torc SQLite database safely (never creating one by accident) or creates a new baseline.
 */
package io.github.torcindex.schema;
