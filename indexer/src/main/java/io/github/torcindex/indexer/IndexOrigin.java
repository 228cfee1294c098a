package io.github.torcindex.indexer;

/** How an index came to exist, as {@code PRAGMA index_list} reports it in its {@code origin} column. */
public enum IndexOrigin {
    /** {@code CREATE INDEX}: an index someone created and may drop. */
    CREATE_INDEX,
    /** A UNIQUE constraint of the table: part of its definition, never dropped. */
    UNIQUE_CONSTRAINT,
    /** The table's PRIMARY KEY (a WITHOUT ROWID table's or a non-integer key's): never dropped. */
    PRIMARY_KEY;

    /**
     * The origin SQLite reports: {@code c}, {@code u} or {@code pk}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static IndexOrigin of(String sqlite) {
        return switch (sqlite) {
            case "c" -> CREATE_INDEX;
            case "u" -> UNIQUE_CONSTRAINT;
            case "pk" -> PRIMARY_KEY;
            default -> throw new IllegalArgumentException("origin: not c, u or pk: " + sqlite);
        };
    }
}
