package io.github.torcindex.indexer;

/** Where a recommended index stands in one database. */
public enum IndexState {
    /** Created by torc-index, recorded, and present with the recommended definition. */
    APPLIED,
    /** Not yet applied: the next migrate to its phase creates it. */
    PENDING,
    /** An index with the same table, columns and predicate exists under another name and serves instead. */
    PRESENT_UNDER_OTHER_NAME,
    /** An existing index has the recommended columns as its left prefix; skipped unless --allow-redundant. */
    REDUNDANT,
    /** Recorded as applied, but missing (or changed) in the database, as after a Torc upgrade rebuilt its table. */
    DRIFTED,
    /** Present under torc-index's name but not recorded (a run stopped between the two); migrate records it. */
    UNRECORDED,
    /**
     * Created by torc-index, but Torc (a newer version) now creates an index of the same definition itself:
     * migrate drops torc-index's and records it as satisfied by Torc's, so the database never carries it twice.
     */
    DUPLICATE_OF_TORC,
    /** The database's Torc version lacks the index's table or a column of it; migrate leaves it out. */
    NOT_APPLICABLE
}
