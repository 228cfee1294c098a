package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;

/**
 * Creates a new database holding a known Torc schema from its changelog ({@link TorcDatabase#create}), or from the
 * copy of its first creation that {@link SchemaTemplates} keeps when asked to.
 */
final class SchemaCreation {

    private SchemaCreation() {
    }

    static TorcDatabase create(Path path, TorcSchemaVersion.Init schema) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(schema, "schema");
        Path file = DatabaseFile.checkNew(path, false, "a database");
        Optional<Path> template = SchemaTemplates.of(schema);
        Optional<TorcDatabase> copied = template.flatMap(t -> SchemaTemplates.create(t, file));
        if (copied.isPresent()) {
            return copied.get();
        }
        TorcDatabase database = TorcDatabase.connect(file, TorcDatabase.Access.READ_WRITE, TorcDatabase.DEFAULT_BUSY_TIMEOUT, true);
        try {
            database.execute("PRAGMA journal_mode=WAL");
            ChangelogSession.run(() -> {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                                ChangelogSession.liquibaseDatabase(database.connection()))
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, schema.changelog())
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                        .execute();
                return null;
            });
            database.connection().setAutoCommit(true);
            if (schema != TorcSchemaVersion.Init.SEED) {
                database.execute("DROP TABLE DATABASECHANGELOG");
                database.execute("DROP TABLE DATABASECHANGELOGLOCK");
            }
            database.torcVersion = null;
            template.ifPresent(t -> SchemaTemplates.keep(database, t));
            return database;
        } catch (Exception e) {
            database.close();
            Interruption.deleteWithJournal(file);
            if (e instanceof TorcIndexException tie) {
                throw tie;
            }
            throw new TorcIndexException(ErrorCode.INTERNAL, "Could not create the Torc schema " + schema.name()
                    + " in " + file + " (changelog " + schema.changelog() + "): " + e.getMessage(), e);
        }
    }
}
