package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A consistent copy of a database in a new folder of the temporary folder, taken with {@code VACUUM INTO} from a
 * read-only connection (the original is only read), for work that must not touch the original (an upgrade
 * rehearsal, measuring advice). Closing it, or Ctrl-C, deletes the copy and its folder.
 */
public final class ScratchCopy implements AutoCloseable {

    private final Path folder;
    private final Path copy;

    private ScratchCopy(Path folder, Path copy) {
        this.folder = folder;
        this.copy = copy;
    }

    /**
     * Copies {@code source} to {@code NAME.db} in a new scratch folder named after {@code purpose}.
     *
     * @throws TorcIndexException if the folder can't be created, the disk has no room for about 1.5 times the
     *     database, or the copy fails
     */
    public static ScratchCopy of(TorcDatabase source, String purpose, String name) {
        Path work;
        try {
            work = Files.createTempDirectory("torc-index-" + purpose + "-");
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not create a scratch folder for the copy: "
                    + e.getMessage(), e);
        }
        ScratchCopy scratch = new ScratchCopy(work, work.resolve(name + ".db"));
        Interruption.deleteOnInterrupt(scratch.copy);
        try {
            requireRoom(source.path(), work);
            // VACUUM INTO writes only the copy, but PRAGMA query_only (how torc-index reads) refuses it.
            source.execute("PRAGMA query_only = OFF");
            try (PreparedStatement ps = source.connection().prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, scratch.copy.toString());
                ps.execute();
            } catch (SQLException e) {
                throw source.failure("copy, for the " + purpose + ",", e);
            } finally {
                source.execute("PRAGMA query_only = ON");
            }
            return scratch;
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    private static void requireRoom(Path database, Path folder) {
        try {
            long need = Files.size(database) * 3 / 2;
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < need) {
                throw new TorcIndexException(ErrorCode.DISK_FULL, "No room for a scratch copy of " + database
                        + ": it needs about " + need / (1 << 20) + " MiB in " + folder.getParent() + ", which has "
                        + free / (1 << 20) + " MiB free.");
            }
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot check the free space in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The copy. */
    public Path path() {
        return copy;
    }

    /** Deletes the copy (with any journal) and its folder. */
    @Override
    public void close() {
        Interruption.forget(copy);
        Interruption.deleteWithJournal(copy);
        try {
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a scratch folder in the temporary folder
        }
    }
}
