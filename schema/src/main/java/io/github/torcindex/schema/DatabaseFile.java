package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a database path before SQLite sees it, so that SQLite never creates, truncates or replaces a file the
 * user pointed at: a missing path, a folder, a device, an empty file and a file that is not SQLite are each
 * refused with their own {@link ErrorCode}.
 */
final class DatabaseFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    /** Checks an existing database file and returns its absolute, normalised path. */
    static Path checkExisting(Path path, TorcDatabase.Access access) {
        Objects.requireNonNull(path, "path");
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new TorcIndexException(ErrorCode.DATABASE_MISSING, "No database at " + file + ": it is a "
                        + "symbolic link that leads nowhere (" + linkProblem(file) + "). Check the link.");
            }
            throw new TorcIndexException(ErrorCode.DATABASE_MISSING, "No database at " + file
                    + ": the file does not exist. Check the path (torc-index never creates a database there; "
                    + "use `init` to create a new one).");
        }
        if (!Files.isRegularFile(file)) {
            throw new TorcIndexException(ErrorCode.NOT_A_FILE, "Cannot use " + file + " as a database: it is "
                    + kind(file) + ". Give the path of the SQLite file itself.");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot read " + file + ": " + e.getMessage()
                    + ". Check its permissions.", e);
        }
        if (read == 0) {
            throw new TorcIndexException(ErrorCode.EMPTY_FILE, "Cannot use " + file + " as a database: the file "
                    + "is empty (0 bytes), not a Torc database. Check the path, or restore the file from a backup.");
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new TorcIndexException(ErrorCode.NOT_SQLITE, "Cannot use " + file + " as a database: it is "
                    + "not an SQLite file (its first bytes are not the SQLite header). Check the path.");
        }
        if (access == TorcDatabase.Access.READ_WRITE) {
            if (!isWritable(file)) {
                throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot change " + file + ": the file is "
                        + "read-only. Make it writable, or run as its owner (the Torc server's user).");
            }
            Path folder = file.getParent();
            if (folder != null && !isWritable(folder)) {
                throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot change " + file + ": its folder "
                        + folder + " is read-only, and SQLite writes its journal and torc-index its backup "
                        + "there. Make the folder writable.");
            }
        }
        return file;
    }

    /**
     * Checks where a new file may be written: nothing there (or, with {@code replace}, a regular file), and a
     * writable folder. A folder, device, fifo, socket or symbolic link at the path is refused whatever
     * {@code replace} says.
     *
     * @return the absolute, normalised path
     */
    static Path checkNew(Path path, boolean replace, String what) {
        Objects.requireNonNull(path, "path");
        Path file = path.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new TorcIndexException(ErrorCode.NOT_A_FILE, "Refusing to write " + what + " to " + file
                        + ": it is " + kind(file) + ", not a regular file, and torc-index never replaces one. "
                        + "Give the path of a new file.");
            }
            if (!replace) {
                throw new TorcIndexException(ErrorCode.ALREADY_EXISTS, "Refusing to overwrite " + file
                        + ": the file already exists. Choose another path, or remove it yourself (generate "
                        + "replaces it only with --force).");
            }
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TorcIndexException(ErrorCode.DATABASE_MISSING, "Cannot write " + what + " to " + file
                    + ": the folder " + folder + " does not exist. Create the folder first.");
        }
        if (!isWritable(folder)) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot write " + what + " to " + file
                    + ": the folder " + folder + " is not writable.");
        }
        return file;
    }

    /** What a path is, in words, for messages: "a directory", "a device", "a fifo", ... */
    static String kind(Path file) {
        if (Files.isSymbolicLink(file)) {
            return "a symbolic link";
        }
        if (Files.isDirectory(file)) {
            return "a directory";
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            switch (type) {
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0010000: return "a fifo (named pipe)";
                case 0140000: return "a socket";
                default: return "not a regular file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file";
        }
    }

    private static String linkProblem(Path file) {
        try {
            file.toRealPath();
            return "its target is missing";
        } catch (FileSystemException e) {
            String reason = e.getReason();
            return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("too many")
                    ? "the links form a loop" : "its target is missing";
        } catch (IOException e) {
            return "its target is missing";
        }
    }

    /**
     * Whether a file or folder may be written. Besides the process's access rights, a path whose permission bits
     * grant nobody write access counts as read-only: root may write it anyway, but someone made it read-only on
     * purpose, and torc-index respects that.
     */
    static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.OWNER_WRITE)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }
}
