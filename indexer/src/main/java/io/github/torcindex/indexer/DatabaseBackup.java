package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Takes a consistent copy of a live database with {@code VACUUM INTO}: it reads in one transaction, so Torc's
 * server can keep writing (WAL), and the copy is compact and complete on its own (no -wal file).
 */
final class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private DatabaseBackup() {
    }

    /** Writes {@code <file>.<UTC timestamp>.bak} next to the database and returns its path. */
    static Path take(TorcDatabase database, Clock clock) {
        Path source = database.path();
        String base = source.getFileName() + "." + STAMP.format(clock.instant());
        Path target = source.resolveSibling(base + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = source.resolveSibling(base + "-" + n + ".bak");
        }
        try (PreparedStatement ps = database.connection().prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
            return target;
        } catch (SQLException e) {
            throw database.failure("write the backup " + target + " of", e);
        }
    }
}
