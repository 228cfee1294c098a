package io.github.torcindex.indexer;

import io.github.torcindex.indexer.PlannedStep.Action;
import io.github.torcindex.schema.ChangelogSession;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.WriteLockLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recreates drifted indexes in place, and drops torc-index's duplicates of Torc's new indexes, keeping their
 * DATABASECHANGELOG rows (and so their order).
 */
final class DriftRepair {

    private static final Logger LOG = LoggerFactory.getLogger(DriftRepair.class);

    private DriftRepair() {
    }

    static void repair(TorcDatabase db, List<PlannedStep> steps, WriteLockLog locks) {
        Connection c = ChangelogSession.writeOnDemand(db.connection(), locks);
        for (PlannedStep step : steps) {
            if (step.action() != Action.REPAIR && step.action() != Action.DROP_DUPLICATE) {
                continue;
            }
            // A repaired index is torc-index's again (EXECUTED); a dropped duplicate is satisfied by Torc's
            // (MARK_RAN, as when migrate first found Torc's index), so a rollback keeps Torc's.
            String execType = step.action() == Action.REPAIR ? "EXECUTED" : "MARK_RAN";
            try {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String sql : step.sql()) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + ChangelogHistory.CHANGELOG_TABLE
                        + " SET EXECTYPE = ? WHERE ID = ? AND AUTHOR = 'torc-index'")) {
                    ps.setString(1, execType);
                    ps.setString(2, step.changeSetId());
                    ps.executeUpdate();
                }
                c.commit();
                c.setAutoCommit(true);
                LOG.info("{} {} in {}", step.action() == Action.REPAIR ? "Recreated drifted index"
                        : "Dropped duplicate index", step.changeSetId(), db.path());
            } catch (SQLException e) {
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw db.failure("recreate the drifted index " + step.changeSetId() + " (" + step.sql() + ") in",
                        e);
            }
        }
    }
}
