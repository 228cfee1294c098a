package io.github.torcindex.analyzer;

import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which statements verify and advise plan: the built-in catalog for the database's Torc version, a catalog
 * file (any SQL file; docs/analyzer.md), or a Torc server's query log.
 *
 * @param kind which of the three
 * @param file the catalog or log file; empty for the built-in catalog
 */
public record Workload(Kind kind, Optional<Path> file) {

    /** Where the statements come from. */
    public enum Kind {
        /** Torc's own statements for the database's version (the seed's patterns on a seed baseline). */
        BUILT_IN,
        /** A SQL file. */
        CATALOG,
        /** A log of sqlx's {@code sqlx::query} events. */
        LOG
    }

    /** The built-in catalog. */
    public static final Workload BUILT_IN = new Workload(Kind.BUILT_IN, Optional.empty());

    /** Validates the components: a file exactly when the kind needs one. */
    public Workload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        if (file.isPresent() == (kind == Kind.BUILT_IN)) {
            throw new IllegalArgumentException("file: " + kind + " " + (file.isPresent() ? "takes no file, got "
                    + file.get() : "needs a file"));
        }
    }

    /** A catalog file's statements. */
    public static Workload catalog(Path file) {
        return new Workload(Kind.CATALOG, Optional.of(file));
    }

    /** A query log's statements. */
    public static Workload log(Path file) {
        return new Workload(Kind.LOG, Optional.of(file));
    }

    /** A catalog file's statements, or the built-in ones when {@code file} is empty. */
    public static Workload of(Optional<Path> catalog) {
        return catalog.map(Workload::catalog).orElse(BUILT_IN);
    }

    /**
     * Reads what can be read before the database is open (a catalog file), so that a bad file is reported first.
     *
     * @return the catalog, or empty when it depends on the database (built-in, or a log named after it)
     */
    Optional<QueryCatalog> early() {
        return kind == Kind.CATALOG ? Optional.of(QueryCatalog.read(file.orElseThrow())) : Optional.empty();
    }

    /**
     * The statements, for a database of {@code version}.
     *
     * @throws io.github.torcindex.TorcIndexException if the file is missing or malformed
     */
    public QueryCatalog statements(TorcSchemaVersion version) {
        return load(early(), version);
    }

    /** The workload as one string ({@code built-in}, {@code catalog:FILE}, {@code log:FILE}), for {@link #parse}. */
    public String asText() {
        return switch (kind) {
            case BUILT_IN -> "built-in";
            case CATALOG -> "catalog:" + file.orElseThrow().toAbsolutePath();
            case LOG -> "log:" + file.orElseThrow().toAbsolutePath();
        };
    }

    /**
     * The workload {@link #asText} wrote.
     *
     * @throws IllegalArgumentException if {@code text} is not one
     */
    public static Workload parse(String text) {
        if (text.equals("built-in")) {
            return BUILT_IN;
        }
        if (text.startsWith("catalog:")) {
            return catalog(Path.of(text.substring("catalog:".length())));
        }
        if (text.startsWith("log:")) {
            return log(Path.of(text.substring("log:".length())));
        }
        throw new IllegalArgumentException("workload: not built-in, catalog:FILE or log:FILE: " + text);
    }

    /** The statements, for a database of {@code version}; {@code early} is what {@link #early()} read. */
    QueryCatalog load(Optional<QueryCatalog> early, TorcSchemaVersion version) {
        return switch (kind) {
            case CATALOG -> early.orElseGet(() -> QueryCatalog.read(file.orElseThrow()));
            case LOG -> QueryLog.read(file.orElseThrow(), QueryCatalog.builtInFor(version));
            case BUILT_IN -> QueryCatalog.builtInFor(version);
        };
    }
}
