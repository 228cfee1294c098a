package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's result codes into torc-index's {@link ErrorCode}s with a message that says what to do: busy and
 * locked, read-only, corrupt, disk full and interrupted each get their own. Anything else is internal.
 */
final class SqliteFailures {

    private SqliteFailures() {
    }

    static TorcIndexException failure(Path path, String action, SQLException e) {
        ErrorCode code = ErrorCode.INTERNAL;
        String advice = "";
        if (e instanceof SQLiteException se) {
            String name = se.getResultCode().name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                code = ErrorCode.LOCKED;
                advice = " Another process holds a lock on it; retry when it is idle, or raise --busy-timeout.";
            } else if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN")
                    || name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_AUTH")) {
                code = ErrorCode.READ_ONLY;
                advice = " Check that the file and its folder are writable by this user.";
            } else if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")
                    || se.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_CORRUPTFS) {
                code = ErrorCode.NOT_SQLITE;
                advice = " The file is damaged or not an SQLite database; restore it from a backup.";
            } else if (name.startsWith("SQLITE_FULL")) {
                return diskFull(path, action, e);
            } else if (name.startsWith("SQLITE_INTERRUPT")) {
                String why = Interruption.reason();
                return new TorcIndexException(ErrorCode.INTERRUPTED, "Stopped by " + (why == null ? "an interrupt"
                        : why) + " while trying to " + action + " " + path + "; SQLite rolled the statement back.",
                        e);
            }
        }
        return new TorcIndexException(code, "Could not " + action + " " + path + ": " + e.getMessage() + "."
                + advice, e);
    }

    /** The disk is full: name the folder and what is free there. */
    static TorcIndexException diskFull(Path path, String action, Exception e) {
        Path folder = path.toAbsolutePath().getParent();
        return new TorcIndexException(ErrorCode.DISK_FULL, "Could not " + action + " " + path + ": the disk holding "
                + folder + " is full (" + free(folder) + " free). Free space there and run again; what completed "
                + "before is kept.", e);
    }

    /** Usable bytes in a folder, in words, or "unknown". */
    static String free(Path folder) {
        try {
            return ByteSize.human(Files.getFileStore(folder).getUsableSpace());
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
