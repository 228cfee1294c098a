package io.github.torcindex.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copies of created schemas the launcher asks for: the same schema and history, times of their own. */
class SchemaTemplatesIT {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(SchemaTemplates.PROPERTY);
    }

    @Test
    void keptOnlyWhenAskedForAndKeyedByTheJar() throws Exception {
        Path jar = Files.writeString(dir.resolve("torc-index.jar"), "a build");
        assertThat(SchemaTemplates.of(TorcSchemaVersion.Init.SEED, jar)).isEmpty();
        System.setProperty(SchemaTemplates.PROPERTY, dir.resolve("cache").toString());
        assertThat(SchemaTemplates.of(TorcSchemaVersion.Init.SEED, dir)).as("not a jar").isEmpty();
        Path seed = SchemaTemplates.of(TorcSchemaVersion.Init.SEED, jar).orElseThrow();
        assertThat(seed.getParent()).isEqualTo(dir.resolve("cache"));
        assertThat(SchemaTemplates.of(TorcSchemaVersion.Init.V0_12_0, jar)).get().isNotEqualTo(seed);
        Files.writeString(jar, "another build, another size");
        assertThat(SchemaTemplates.of(TorcSchemaVersion.Init.SEED, jar)).get().isNotEqualTo(seed);
    }

    @Test
    void aDatabaseFromTheCopyHasTheSchemaAndHistoryOfOneLiquibaseCreatedWithTimesOfItsOwn() throws Exception {
        for (TorcSchemaVersion.Init schema : List.of(TorcSchemaVersion.Init.SEED, TorcSchemaVersion.Init.V0_12_0)) {
            Path template = dir.resolve("cache").resolve(schema.name() + ".db");
            List<String> schemaRows;
            List<String> history;
            TorcSchemaVersion version;
            try (TorcDatabase created = TorcDatabase.create(dir.resolve(schema.name() + "-liquibase.db"), schema)) {
                SchemaTemplates.keep(created, template);
                schemaRows = created.queryColumn("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                        + "ORDER BY name");
                history = history(created);
                version = created.torcVersion();
            }
            assertThat(template).isRegularFile();
            assertThat(template.getParent()).isDirectoryNotContaining("glob:**/.partial-*");
            Thread.sleep(1_100); // CURRENT_TIMESTAMP has whole seconds
            Path file = dir.resolve(schema.name() + "-copy.db");
            try (TorcDatabase copy = SchemaTemplates.create(template, file).orElseThrow()) {
                assertThat(copy.queryColumn("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                        + "ORDER BY name")).isEqualTo(schemaRows);
                assertThat(history(copy)).isEqualTo(history);
                assertThat(copy.torcVersion()).isEqualTo(version);
                assertThat(copy.queryColumn("PRAGMA journal_mode")).containsExactly("wal");
                assertThat(copy.queryColumn("PRAGMA integrity_check")).containsExactly("ok");
                assertThat(copy.queryColumn("PRAGMA foreign_keys")).containsExactly("1");
                String table = schema == TorcSchemaVersion.Init.SEED ? "DATABASECHANGELOG" : "_sqlx_migrations";
                String column = schema == TorcSchemaVersion.Init.SEED ? "DATEEXECUTED" : "installed_on";
                try (TorcDatabase original = TorcDatabase.open(dir.resolve(schema.name() + "-liquibase.db"),
                        TorcDatabase.Access.READ_ONLY, TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
                    assertThat(copy.queryColumn("SELECT DISTINCT " + column + " FROM " + table))
                            .singleElement().isNotIn(original.queryColumn("SELECT DISTINCT " + column + " FROM " + table));
                }
            }
        }
    }

    @Test
    void aNewBuildsCopyReplacesTheCopiesOfEarlierBuildsOfTheSameSchema() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path earlier = Files.writeString(cache.resolve("seed-1-2-3.db"), "an earlier build's copy");
        Path other = Files.writeString(cache.resolve("v0.12.0-1-2-3.db"), "another schema's copy");
        Path template = cache.resolve("seed-4-5-6.db");
        try (TorcDatabase created = TorcDatabase.create(dir.resolve("seed.db"))) {
            SchemaTemplates.keep(created, template);
        }
        assertThat(template).isRegularFile();
        assertThat(earlier).doesNotExist();
        assertThat(other).isRegularFile();
    }

    @Test
    void aBrokenCopyIsNotUsedAndLeavesNothing() throws Exception {
        Path template = Files.writeString(dir.resolve("broken.db"), "not a database");
        Path file = dir.resolve("new.db");
        Optional<TorcDatabase> db = SchemaTemplates.create(template, file);
        assertThat(db).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(SchemaTemplates.create(dir.resolve("absent.db"), file)).isEmpty();
        assertThat(file).doesNotExist();
    }

    /** The migration history without its times: Liquibase's rows (seed) or sqlx's (Torc versions). */
    private static List<String> history(TorcDatabase db) throws SQLException {
        List<String> tables = db.queryColumn("SELECT name FROM sqlite_master WHERE name IN ('DATABASECHANGELOG', "
                + "'_sqlx_migrations')");
        List<String> all = new ArrayList<>();
        if (tables.contains("DATABASECHANGELOG")) {
            all.addAll(db.queryColumn("SELECT ID || ' ' || AUTHOR || ' ' || FILENAME || ' ' || ORDEREXECUTED || ' ' || "
                    + "EXECTYPE || ' ' || MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
        }
        if (tables.contains("_sqlx_migrations")) {
            all.addAll(db.queryColumn("SELECT version || ' ' || description || ' ' || success || ' ' || hex(checksum) "
                    + "FROM _sqlx_migrations ORDER BY version"));
        }
        assertThat(all).isNotEmpty();
        return all;
    }

}
