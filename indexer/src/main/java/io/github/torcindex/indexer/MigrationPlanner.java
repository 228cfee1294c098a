package io.github.torcindex.indexer;

import io.github.torcindex.indexer.PlannedStep.Action;
import io.github.torcindex.indexer.RecommendedIndex.ChangeSetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns a status report and a target level into the steps of a migrate or a rollback. */
final class MigrationPlanner {

    private final IndexCatalog catalog;

    MigrationPlanner(IndexCatalog catalog) {
        this.catalog = catalog;
    }

    List<PlannedStep> migrate(StatusReport status, ChangelogHistory history, int to, boolean allowRedundant,
            Set<String> tables) {
        List<PlannedStep> steps = new ArrayList<>();
        if (to == 0 || status.level() > to) {
            return steps;
        }
        if (!history.isRecorded("level-0")) {
            steps.add(new PlannedStep(0, "level-0", Action.TAG, "record level 0 (the state before torc-index)",
                    List.of(), List.of()));
        }
        for (PhaseStatus phase : status.phases()) {
            if (phase.phase() > to) {
                break;
            }
            for (IndexStatus s : phase.indexes()) {
                step(s, allowRedundant).ifPresent(steps::add);
            }
            IndexPhase definition = catalog.phases().get(phase.phase() - 1);
            for (ChangeSetRef maintenance : definition.maintenance()) {
                Optional<String> absent = analyzedTableMissing(maintenance, tables);
                if (absent.isPresent()) {
                    steps.add(new PlannedStep(phase.phase(), maintenance.id(), Action.SKIP_NOT_APPLICABLE, "skip "
                            + maintenance.id() + ": this Torc schema has no table " + absent.get(), List.of(),
                            List.of()));
                    continue;
                }
                steps.add(new PlannedStep(phase.phase(), maintenance.id(), Action.MAINTAIN,
                        "maintenance, run every time phase " + phase.phase() + " is applied",
                        maintenance.sql(), maintenance.rollbackSql()));
            }
            if (!phase.applied()) {
                steps.add(new PlannedStep(phase.phase(), definition.tag(), Action.TAG,
                        "record level " + phase.phase(), List.of(), List.of()));
            }
        }
        return steps;
    }

    /** The table a phase-4 {@code ANALYZE t} changeset analyzes, if the database lacks it. */
    private static Optional<String> analyzedTableMissing(ChangeSetRef maintenance, Set<String> tables) {
        for (String sql : maintenance.sql()) {
            String[] words = sql.strip().split("\\s+");
            if (words.length == 2 && words[0].equalsIgnoreCase("ANALYZE")
                    && !tables.contains(words[1].replace("\"", "").toLowerCase(Locale.ROOT))) {
                return Optional.of(words[1]);
            }
        }
        return Optional.empty();
    }

    private static Optional<PlannedStep> step(IndexStatus s, boolean allowRedundant) {
        RecommendedIndex index = s.index();
        ChangeSetRef cs = index.changeSet();
        String what = index.name() + " on " + index.definition();
        return switch (s.state()) {
            case APPLIED -> Optional.empty();
            case DUPLICATE_OF_TORC -> Optional.of(new PlannedStep(index.phase(), cs.id(), Action.DROP_DUPLICATE,
                    "drop " + index.name() + ", a duplicate of Torc's " + s.standIn().orElseThrow()
                            + ", and record it as satisfied by that", cs.rollbackSql(), cs.sql()));
            case NOT_APPLICABLE -> Optional.of(new PlannedStep(index.phase(), cs.id(), Action.SKIP_NOT_APPLICABLE,
                    "skip " + what + ": " + s.note(), List.of(), List.of()));
            case PENDING -> Optional.of(new PlannedStep(index.phase(), cs.id(), Action.CREATE, "create " + what,
                    cs.sql(), cs.rollbackSql()));
            case REDUNDANT -> Optional.of(allowRedundant
                    ? new PlannedStep(index.phase(), cs.id(), Action.CREATE, "create " + what + " although "
                            + s.standIn().orElseThrow() + " makes it redundant (--allow-redundant)", cs.sql(),
                            cs.rollbackSql())
                    : new PlannedStep(index.phase(), cs.id(), Action.SKIP_REDUNDANT, "skip " + what + ": "
                            + s.note(), List.of(), List.of()));
            case PRESENT_UNDER_OTHER_NAME -> s.recorded() ? Optional.empty()
                    : Optional.of(new PlannedStep(index.phase(), cs.id(), Action.RECORD_STAND_IN, "record "
                            + index.name() + " as satisfied by " + s.standIn().orElseThrow()
                            + " (same table, columns and predicate); create nothing", List.of(), List.of()));
            case UNRECORDED -> Optional.of(new PlannedStep(index.phase(), cs.id(), Action.RECORD_EXISTING,
                    "record " + index.name() + ", which exists already", cs.sql(), cs.rollbackSql()));
            case DRIFTED -> {
                List<String> sql = new ArrayList<>(cs.rollbackSql());
                sql.addAll(cs.sql());
                yield Optional.of(new PlannedStep(index.phase(), cs.id(), Action.REPAIR, "recreate " + what
                        + ": " + s.note(), sql, cs.rollbackSql()));
            }
        };
    }

    List<PlannedStep> rollback(StatusReport status, ChangelogHistory history, int to) {
        List<PlannedStep> steps = new ArrayList<>();
        if (to > status.level()) {
            return steps;
        }
        // Liquibase undoes every changeset recorded after the tag, newest first: plan exactly that. At the level
        // itself that is usually nothing, but a killed rollback can leave the records of lower phases behind
        // after removing their tag (Liquibase removes the newest first): then this finishes the job.
        for (ChangelogHistory.Row row : history.rowsAfter("level-" + to)) {
            Optional<IndexStatus> index = status.indexes().stream()
                    .filter(s -> s.index().changeSet().id().equals(row.id())).findFirst();
            if (index.isPresent()) {
                steps.add(rollbackStep(index.get(), row));
            } else {
                int phase = row.id().startsWith("level-") ? Integer.parseInt(row.id().substring(6))
                        : catalog.phases().stream().filter(p -> p.maintenance().stream()
                                .anyMatch(m -> m.id().equals(row.id()))).mapToInt(IndexPhase::number)
                                .findFirst().orElse(0);
                steps.add(new PlannedStep(phase, row.id(), Action.UNTAG, row.id().startsWith("level-")
                        ? "remove the record of " + row.id()
                        : "remove the record of " + row.id() + " (statistics are kept: they may predate "
                                + "torc-index, and dropping them could change plans)", List.of(), List.of()));
            }
        }
        return steps;
    }

    private static PlannedStep rollbackStep(IndexStatus s, ChangelogHistory.Row row) {
        RecommendedIndex index = s.index();
        if ("MARK_RAN".equals(row.execType()) && s.state() == IndexState.PRESENT_UNDER_OTHER_NAME) {
            return new PlannedStep(index.phase(), row.id(), Action.KEEP, "keep " + s.standIn().orElseThrow()
                    + ", which stood in for " + index.name() + ": torc-index did not create it",
                    List.of(), List.of());
        }
        return new PlannedStep(index.phase(), row.id(), Action.DROP, "drop " + index.name() + " on "
                + index.definition(), index.changeSet().rollbackSql(), index.changeSet().sql());
    }
}
