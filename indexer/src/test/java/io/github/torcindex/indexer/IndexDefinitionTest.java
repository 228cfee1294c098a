package io.github.torcindex.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

    @Test
    void parsesAPartialIndexAndNormalisesItsPredicate() {
        IndexDefinition.Named named = IndexDefinition.parse("CREATE INDEX idx_job_unblocking_pending ON "
                + "job(workflow_id, status, unblocking_processed) WHERE status IN (6, 7, 8) AND unblocking_processed = 0");

        assertThat(named.name()).isEqualTo("idx_job_unblocking_pending");
        assertThat(named.definition()).isEqualTo(new IndexDefinition("job",
                List.of("workflow_id", "status", "unblocking_processed"),
                Optional.of("status in (6,7,8) and unblocking_processed=0")));
        assertThat(named.definition().predicate()).contains("status in (6, 7, 8) and unblocking_processed = 0");
    }

    @Test
    void treatsQuotingCaseAndSpacingAsEqualButNotDifferentLiterals() {
        IndexDefinition a = IndexDefinition.parse("create index if not exists x on \"Job\" ( \"workflow_id\" ) "
                + "where STATUS in (6,7,8)").definition();
        IndexDefinition b = IndexDefinition.parse("CREATE INDEX y ON job(workflow_id) WHERE status IN ( 6, 7, 8 )")
                .definition();
        IndexDefinition c = IndexDefinition.parse("CREATE INDEX z ON job(workflow_id) WHERE status IN (5, 6, 7, 8)")
                .definition();

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void aLeftPrefixOnTheSameTableAndPredicateIsRedundant() {
        IndexDefinition workflow = IndexDefinition.of("job", "workflow_id");

        assertThat(workflow.isLeftPrefixOf(IndexDefinition.of("job", "workflow_id", "status"))).isTrue();
        assertThat(workflow.isLeftPrefixOf(IndexDefinition.of("job", "status", "workflow_id"))).isFalse();
        assertThat(workflow.isLeftPrefixOf(IndexDefinition.of("result", "workflow_id", "status"))).isFalse();
        assertThat(workflow.isLeftPrefixOf(workflow)).isFalse();
        assertThat(workflow.isLeftPrefixOf(IndexDefinition.parse("CREATE INDEX p ON job(workflow_id, status) "
                + "WHERE status IN (6, 7, 8)").definition())).as("a partial index serves only its predicate").isFalse();
    }

    @Test
    void refusesExpressionIndexesAndOtherStatements() {
        assertThatThrownBy(() -> IndexDefinition.parse("CREATE INDEX e ON job(lower(name))"))
                .hasMessageContaining("only plain column lists");
        assertThatThrownBy(() -> IndexDefinition.parse("DROP INDEX x")).hasMessageContaining("not a CREATE INDEX");
        assertThatThrownBy(() -> IndexDefinition.of("job")).hasMessageContaining("columns");
    }
}
