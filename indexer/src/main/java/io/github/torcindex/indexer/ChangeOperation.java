package io.github.torcindex.indexer;

import java.util.Locale;

/** The kinds of change torc-index makes to a database. */
public enum ChangeOperation {
    /** Apply index phases up to a level. */
    MIGRATE,
    /** Roll index phases back to a level. */
    ROLLBACK,
    /** Apply a changelog of the user's (the advisor's). */
    APPLY,
    /** Roll back the applied changesets of a changelog of the user's. */
    APPLY_ROLLBACK;

    /** The word a person types for it: {@code migrate}, {@code rollback}, {@code apply}. */
    public String word() {
        return this == APPLY_ROLLBACK ? "rollback" : name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
