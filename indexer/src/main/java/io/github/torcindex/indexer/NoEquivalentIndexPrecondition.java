package io.github.torcindex.indexer;

import java.sql.SQLException;
import java.util.List;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomPreconditionErrorException;
import liquibase.exception.CustomPreconditionFailedException;
import liquibase.precondition.CustomPrecondition;

/**
 * The equivalence precondition of every index changeset: it fails (and the changeset is marked ran) when an
 * index with the same table, columns and predicate already exists under another name. An index under
 * torc-index's own name does not count: that is this changeset's own index, left behind by a run that
 * crashed before recording it, and {@code CREATE INDEX IF NOT EXISTS} then records it without rebuilding.
 *
 * <p>Liquibase instantiates this class from the changelog's {@code <customPrecondition>} and sets {@code index}.
 */
public final class NoEquivalentIndexPrecondition implements CustomPrecondition {

    private String index;

    /** Sets the name of the recommended index this changeset creates; Liquibase calls it from {@code <param>}. */
    public void setIndex(String index) {
        this.index = index;
    }

    @Override
    public void check(Database database) throws CustomPreconditionFailedException,
            CustomPreconditionErrorException {
        RecommendedIndex wanted = IndexCatalog.load().byName(index).orElseThrow(
                () -> new CustomPreconditionErrorException("no recommended index named " + index
                        + " in " + IndexCatalog.CHANGELOG));
        List<ExistingIndex> existing;
        try {
            existing = ExistingIndex.readAll(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomPreconditionErrorException("could not read the indexes of the database", e);
        }
        for (ExistingIndex candidate : existing) {
            if (!candidate.name().equalsIgnoreCase(wanted.name()) && candidate.hasDefinition(wanted.definition())) {
                throw new CustomPreconditionFailedException("index " + candidate.name() + " already provides "
                        + wanted.definition() + "; it stands in for " + wanted.name());
            }
        }
    }
}
