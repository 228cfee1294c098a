package io.github.torcindex.bench;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.AdviceChangelog;
import io.github.torcindex.analyzer.AdviceReport;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.analyzer.IndexAdvisor;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.indexer.ApplyOptions;
import io.github.torcindex.indexer.IndexCatalog;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The copies {@code bench --db} times, in the cache folder: the user's database copied once ({@code shipped},
 * with {@code VACUUM INTO} from a read-only connection: the original is never written), and one copy of that per
 * level with the phases or the advice applied as {@code migrate} and {@code apply} apply them. Named after the
 * original's SHA-256 and what the level holds, so that a run on the same database reuses them and a changed
 * database (or changed changelogs, or advice) gets new ones. Each is built as {@code .partial} and renamed when
 * complete; Ctrl-C deletes the partial file.
 */
final class DatabaseCopies {

    private static final Duration BUSY = TorcDatabase.DEFAULT_BUSY_TIMEOUT;

    private final Path cache;
    private final String stem;

    private DatabaseCopies(Path cache, String stem) {
        this.cache = cache;
        this.stem = stem;
    }

    /** Copies of the database whose content has this SHA-256, in {@code cache}. */
    static DatabaseCopies of(Path cache, Path database, String sha256) {
        String name = database.getFileName().toString().replaceAll("\\.(db|sqlite3?)$", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return new DatabaseCopies(cache, "db-" + name + "-" + sha256.substring(0, 12));
    }

    /** The SHA-256 of a file's bytes, in hex. */
    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 20];
            while (in.read(buffer) >= 0) {
                Interruption.check("nothing was written");
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The copy of the database as it is, made if missing, after checking that the cache has room for it and
     * {@code levels} more copies.
     */
    Path shipped(TorcDatabase source, int levels) {
        Path file = cache.resolve(stem + "-shipped.db");
        if (Files.exists(file)) {
            return file;
        }
        requireRoom(source.path(), levels + 1);
        Path partial = partial(file);
        try {
            // VACUUM INTO writes only the copy, but PRAGMA query_only (how torc-index reads) refuses it.
            source.execute("PRAGMA query_only = OFF");
            try (PreparedStatement ps = source.connection().prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            } catch (SQLException e) {
                throw source.failure("copy, for the benchmark,", e);
            } finally {
                source.execute("PRAGMA query_only = ON");
            }
            return complete(partial, file);
        } finally {
            Interruption.forget(partial);
            Interruption.deleteWithJournal(partial);
        }
    }

    /** The copy of {@code shipped} at {@code level}, made if missing (the advice of {@code workload} for advised). */
    Path atLevel(Path shipped, BenchLevel level, Workload workload) {
        if (level.isShipped()) {
            return shipped;
        }
        // What the level holds is part of the name: the phases' changelogs, or the advice (which depends on the
        // workload's content and on the changelogs the advisor knows).
        String holds = level.isAdvised() ? ContentDigest.fingerprint(workload.asText() + ";"
                + workload.file().map(DatabaseCopies::sha256).orElse("") + ";" + IndexCatalog.load().fingerprint() + ";"
                + IndexAdvisor.VERSION)
                : IndexCatalog.load().fingerprint();
        String prefix = stem + "-level-" + level + "-";
        Path file = cache.resolve(prefix + holds + ".db");
        if (Files.exists(file)) {
            return file;
        }
        deleteStale(prefix);
        Path partial = partial(file);
        try {
            Files.copy(shipped, partial, StandardCopyOption.REPLACE_EXISTING);
            if (level.isAdvised()) {
                AdviceReport advice = new IndexAdvisor().advise(new AdviseOptions(partial, workload, 1_000, BUSY));
                Path changelog = cache.resolve(stem + "-advice.xml");
                Files.deleteIfExists(changelog);
                AdviceChangelog.write(advice, changelog);
                new IndexMigrator().apply(new ApplyOptions(partial, changelog, false, false, false, BUSY, false));
            } else {
                new IndexMigrator().migrate(new MigrateOptions(partial, level.phases(), false, false, false, BUSY));
            }
            return complete(partial, file);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not prepare the benchmark copy " + file + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Ctrl-C deletes the partial copy under whatever was working on it: say that, not what followed.
            Interruption.check("the partial copy " + partial.getFileName() + " was deleted, the copies made before "
                    + "it are kept in " + cache + " for the next run, and the original was only read");
            throw e;
        } finally {
            Interruption.forget(partial);
            Interruption.deleteWithJournal(partial);
        }
    }

    /** The advice changelog the advised copy was built with, if it was. */
    Path adviceChangelog() {
        return cache.resolve(stem + "-advice.xml");
    }

    private Path partial(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Interruption.deleteWithJournal(partial);
        Interruption.deleteOnInterrupt(partial);
        return partial;
    }

    private static Path complete(Path partial, Path file) {
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not rename " + partial + " to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private void requireRoom(Path database, int copies) {
        try {
            long need = Files.size(database) * copies * 5 / 4;
            long free = Files.getFileStore(cache).getUsableSpace();
            if (free < need) {
                throw new TorcIndexException(ErrorCode.DISK_FULL, "No room for the benchmark copies of " + database
                        + ": " + copies + " copies need about " + (need >> 20) + " MiB in " + cache + ", which has "
                        + (free >> 20) + " MiB free. Free space there, give another --cache, or fewer --levels.");
            }
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot check the free space in " + cache + ": "
                    + e.getMessage(), e);
        }
    }

    private void deleteStale(String prefix) {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(cache, prefix + "*.db")) {
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a stale copy left in the cache costs only room
        }
    }
}
