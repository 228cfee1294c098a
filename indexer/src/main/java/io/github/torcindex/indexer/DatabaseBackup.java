package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ByteSize;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Takes a consistent copy of a live database with {@code VACUUM INTO}: it reads in one transaction, so Torc's
 * server can keep writing (WAL), and the copy is compact and complete on its own (no -wal file).
 *
 * <p>A backup either exists complete and checked under its final name, or not at all: it is written as
 * {@code <name>.bak.partial-<pid>}, checked ({@code PRAGMA quick_check} and the number of tables), and only
 * then renamed. A failed or interrupted copy is removed; one that a killed process left behind is removed by the
 * next backup of the same database.
 */
final class DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Room left over beyond the copy's own size: SQLite's journal for the copy, and the file system's slack. */
    private static final long MARGIN = 1L << 20;

    private DatabaseBackup() {
    }

    /**
     * Writes {@code <file>.<UTC timestamp>.bak} next to the database, checks it, and returns its path.
     *
     * @throws TorcIndexException with {@link ErrorCode#DISK_FULL} if the folder has no room for it (checked
     *     before writing), {@link ErrorCode#INTERRUPTED} on Ctrl-C, or the failure that stopped the copy
     */
    static Path take(TorcDatabase database, Clock clock) {
        Path source = database.path();
        removeAbandoned(source);
        String base = source.getFileName() + "." + STAMP.format(clock.instant());
        Path target = source.resolveSibling(base + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = source.resolveSibling(base + "-" + n + ".bak");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        long needed = requireRoom(database, target);
        int tables = tableCount(database);
        Interruption.check("nothing was changed and no backup was written");
        Interruption.deleteOnInterrupt(partial);
        try {
            try (PreparedStatement ps = database.connection().prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            } catch (SQLException e) {
                TorcIndexException failure = database.failure("write the backup " + target + " of", e);
                if (failure.code() == ErrorCode.DISK_FULL) {
                    throw new TorcIndexException(ErrorCode.DISK_FULL, "Could not write the backup " + target + ": "
                            + "the disk holding " + target.getParent() + " filled up (the backup needs about "
                            + ByteSize.human(needed) + "). The partial copy was removed and nothing was changed. "
                            + "Free space there and run again.", e);
                }
                throw failure;
            }
            check(partial, target, tables);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not rename the checked backup " + partial
                    + " to " + target + ": " + e.getMessage() + ". Nothing was changed.", e);
        } finally {
            Interruption.forget(partial);
            Interruption.deleteWithJournal(partial);
        }
    }

    /** The bytes the copy will take (the database's used pages), after checking the folder has room for it. */
    private static long requireRoom(TorcDatabase database, Path target) {
        long pageSize = Long.parseLong(database.queryValue("PRAGMA page_size"));
        long pages = Long.parseLong(database.queryValue("PRAGMA page_count"))
                - Long.parseLong(database.queryValue("PRAGMA freelist_count"));
        long needed = pages * pageSize;
        Path folder = target.getParent();
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            LOG.warn("Could not read the free space of {}: {}", folder, e.getMessage());
            return needed;
        }
        if (needed + MARGIN > free) {
            throw new TorcIndexException(ErrorCode.DISK_FULL, "No room for the backup of " + database.path()
                    + ": it needs about " + ByteSize.human(needed + MARGIN) + " in " + folder + ", which has "
                    + ByteSize.human(free) + " free. Nothing was changed. Free space there and run again (or, with a "
                    + "backup of your own, give --no-backup).");
        }
        return needed;
    }

    private static int tableCount(TorcDatabase database) {
        return Integer.parseInt(database.queryValue("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }

    /** Opens the copy without changing it (immutable: no lock, no -wal or -shm) and checks it is whole. */
    private static void check(Path partial, Path target, int tables) {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.resetOpenMode(SQLiteOpenMode.READWRITE);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        try (Connection c = config.createConnection("jdbc:sqlite:file:" + partial.toUri().getRawPath()
                + "?immutable=1"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equals(result)) {
                    throw new TorcIndexException(ErrorCode.INTERNAL, "The backup " + target + " failed its check "
                            + "(PRAGMA quick_check: " + result + ") and was removed. Nothing was changed.");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                int copied = rs.next() ? rs.getInt(1) : -1;
                if (copied != tables) {
                    throw new TorcIndexException(ErrorCode.INTERNAL, "The backup " + target + " has " + copied
                            + " tables where the database has " + tables + "; it was removed. Nothing was changed.");
                }
            }
        } catch (SQLException e) {
            throw TorcDatabase.failureOf(partial, "check the backup", e);
        }
    }

    private static final Pattern PARTIAL = Pattern.compile("\\.bak\\.partial-(\\d+)$");

    /** Removes partial backups of this database whose torc-index process is gone (killed mid-copy). */
    private static void removeAbandoned(Path source) {
        Path folder = source.getParent();
        String prefix = source.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix) && PARTIAL.matcher(p.toString()).find())) {
            for (Path file : files) {
                Matcher m = PARTIAL.matcher(file.getFileName().toString());
                if (m.find() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    LOG.info("Removing {}, a backup left unfinished by a torc-index run that was killed", file);
                    Interruption.deleteWithJournal(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not look for abandoned backups in {}", folder, e);
        }
    }
}
