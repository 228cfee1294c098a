package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One torc-index change at a time per database on this host: an OS file lock on a file in the temporary folder
 * named after the database's path (never a file beside the user's database). Two {@code migrate} runs started
 * together would otherwise both plan the same steps, both back up, and both report every CREATE.
 *
 * <p>The operating system releases the lock when the process ends, however it ends, so a killed run never
 * leaves it behind. Liquibase's own changelog lock still guards against runs from other hosts and tools.
 */
final class RunLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for {@code database}, or fails at once if another torc-index run holds it.
     *
     * @throws TorcIndexException with {@link ErrorCode#ALREADY_RUNNING}
     */
    static RunLock take(Path database) {
        Path file = lockFile(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("Could not widen the permissions of {}", file, e);
            }
        } catch (IOException e) {
            // Another user's lock file, or no temporary folder: Liquibase's lock still guards the change.
            LOG.debug("Could not open the run lock {}; relying on Liquibase's changelog lock", file, e);
            return new RunLock(null, null);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new TorcIndexException(ErrorCode.ALREADY_RUNNING, "Another torc-index run" + holder
                        + " is changing " + database + " now. Nothing was changed; wait for it to finish, then check "
                        + "with `torc-index status --db " + database + "`.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new RunLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new TorcIndexException(ErrorCode.ALREADY_RUNNING, "Another torc-index run in this process is "
                    + "changing " + database + " now. Nothing was changed; wait for it to finish.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            LOG.debug("Could not lock {}; relying on Liquibase's changelog lock", file, e);
            return new RunLock(null, null);
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Could not release the run lock", e);
        }
        closeQuietly(channel);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static Path lockFile(Path database) {
        try {
            Path real;
            try {
                real = database.toRealPath();
            } catch (IOException e) {
                real = database.toAbsolutePath().normalize();
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"),
                    "torc-index-" + HexFormat.of().formatHex(digest, 0, 12) + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Could not close the run lock file", e);
        }
    }
}
