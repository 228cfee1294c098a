package io.github.torcindex.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

/**
 * A copy of each schema as Liquibase first created it, kept in the folder the system property
 * {@value #PROPERTY} names (the launcher: {@code cli/target/schema-cache}), so that a later creation copies it
 * instead of running Liquibase on a cold JVM (about 1.5 s of every {@code generate --out} and {@code init}).
 * Keyed by the schema and the jar torc-index runs from (its path, size and time): a rebuilt jar never uses
 * another build's copy. Without the property, or when torc-index does not run from a jar, nothing is kept. A
 * database made from a copy gets its own times (Liquibase's {@code DATEEXECUTED} and {@code DEPLOYMENT_ID},
 * sqlx's {@code installed_on}); a copy that fails {@code PRAGMA quick_check} is not used. A cache only: any
 * failure to keep or use a copy falls back to Liquibase.
 */
final class SchemaTemplates {

    /** The system property naming the folder of the copies. */
    static final String PROPERTY = "torc-index.schema-cache";

    private SchemaTemplates() {
    }

    /** Where the copy of {@code schema} for this build is kept, if copies are kept. */
    static Optional<Path> of(TorcSchemaVersion.Init schema) {
        try {
            return of(schema, Path.of(SchemaTemplates.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Where the copy of {@code schema} is kept for a build running from {@code jar}. */
    static Optional<Path> of(TorcSchemaVersion.Init schema, Path jar) {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank() || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            String build = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar)
                    .toMillis()) + "-" + Integer.toHexString(jar.toAbsolutePath().toString().hashCode());
            return Optional.of(Path.of(folder).resolve(schema.name().toLowerCase(java.util.Locale.ROOT) + "-" + build
                    + ".db"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates {@code file} (which must not exist) from the copy and opens it, with its own times; empty when there
     * is no copy or it can't be used (then nothing is left at {@code file}).
     */
    static Optional<TorcDatabase> create(Path template, Path file) {
        if (!Files.isRegularFile(template)) {
            return Optional.empty();
        }
        try {
            Files.copy(template, file);
        } catch (IOException e) {
            return Optional.empty();
        }
        TorcDatabase database = null;
        try {
            database = TorcDatabase.connect(file, TorcDatabase.Access.READ_WRITE, TorcDatabase.DEFAULT_BUSY_TIMEOUT,
                    false);
            if (!"ok".equals(database.queryValue("PRAGMA quick_check"))) {
                throw new IllegalStateException("the copy fails quick_check");
            }
            database.execute("PRAGMA journal_mode=WAL");
            Set<String> tables = database.tableNames();
            if (tables.contains("DATABASECHANGELOG")) {
                database.execute("UPDATE DATABASECHANGELOG SET DATEEXECUTED = CURRENT_TIMESTAMP, DEPLOYMENT_ID = '"
                        + String.valueOf(System.currentTimeMillis()).substring(3) + "'");
            }
            if (tables.contains("_sqlx_migrations")) {
                database.execute("UPDATE _sqlx_migrations SET installed_on = CURRENT_TIMESTAMP");
            }
            return Optional.of(database);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            Interruption.deleteWithJournal(file);
            return Optional.empty();
        }
    }

    /** Keeps a copy of a database Liquibase has just created as the template (nothing on any failure). */
    static void keep(TorcDatabase database, Path template) {
        Path partial = template.resolveSibling(".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
                + ".db");
        try {
            Files.createDirectories(template.getParent());
            database.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // Copies of earlier builds are never read again.
            String schema = template.getFileName().toString().replaceFirst("-.*", "-");
            try (var others = Files.list(template.getParent())) {
                for (Path other : others.filter(o -> o.getFileName().toString().startsWith(schema)
                        && !o.equals(template)).toList()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a cache only: the next creation runs Liquibase again
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // left in the cache folder, never read
            }
        }
    }
}
