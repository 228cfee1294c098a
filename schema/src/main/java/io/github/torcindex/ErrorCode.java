package io.github.torcindex;

/**
 * Why an operation could not run, and the process exit code a front end reports for it.
 *
 * <p>Exit codes are part of the command line's contract: 0 success, 1 a check found problems, 2 bad usage,
 * 3 the database or an input file can't be used (the disk full included), 4 internal error, 130 interrupted
 * (Ctrl-C or SIGTERM; the shell reports 143 for SIGTERM).
 */
public enum ErrorCode {
    /** A check ran and found problems (a violation, drift). */
    CHECK_FAILED(1),
    /** The command line or an option value is wrong. */
    USAGE(2),
    /** The database path does not exist. */
    DATABASE_MISSING(3),
    /** The database path is a directory or another non-regular file. */
    NOT_A_FILE(3),
    /** The database file is empty (zero bytes). */
    EMPTY_FILE(3),
    /** The file is not an SQLite database, or is truncated or corrupted. */
    NOT_SQLITE(3),
    /** The file is an SQLite database but not a Torc database. */
    NOT_TORC(3),
    /** The database or the folder beside it can't be written. */
    READ_ONLY(3),
    /** Another process holds a lock that torc-index needs. */
    LOCKED(3),
    /** A file that should not exist already does (torc-index never overwrites a database). */
    ALREADY_EXISTS(3),
    /** An input file other than the database (a query file, a changelog) can't be used. */
    BAD_INPUT_FILE(3),
    /** The migration history disagrees with the changelogs (edited changeset, unknown changeset). */
    HISTORY_CONFLICT(3),
    /** The disk holding the database, its backup or an output file has no room left. */
    DISK_FULL(3),
    /** Another torc-index run is changing the same database. */
    ALREADY_RUNNING(3),
    /** The operation was stopped by Ctrl-C or SIGTERM; what completed before is kept. */
    INTERRUPTED(130),
    /** A database operation failed for a reason torc-index did not expect. */
    INTERNAL(4);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code that a front end reports for this error. */
    public int exitCode() {
        return exitCode;
    }
}
