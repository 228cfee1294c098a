package io.github.torcindex.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.schema.TorcDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndexCatalogTest {

    private final IndexCatalog catalog = IndexCatalog.load();

    private List<String> phase(int n) {
        return catalog.phases().get(n - 1).indexes().stream().map(i -> i.definition().toString()).toList();
    }

    @Test
    void holdsExactlyTheSeedsImplementationStrategy() {
        assertThat(catalog.phases()).extracting(IndexPhase::number).containsExactly(1, 2, 3, 4);
        assertThat(phase(1)).containsExactly("job(workflow_id)", "job(workflow_id, status)", "result(workflow_id)");
        assertThat(phase(2)).containsExactly("event(workflow_id)", "compute_node(workflow_id)",
                "job_depends_on(depends_on_job_id)", "job_input_file(file_id)", "job_output_file(file_id)");
        assertThat(phase(3)).containsExactly("resource_requirements(num_gpus, runtime_s, memory_bytes)",
                "workflow(user)", "job_input_user_data(user_data_id)", "job_output_user_data(user_data_id)",
                "workflow(user, is_archived)");
        assertThat(phase(4)).isEmpty();
        // Phase 4 analyzes every Torc table in its own changeset (one short write transaction each), then
        // runs PRAGMA optimize.
        List<String> maintenance = catalog.phases().get(3).maintenance().stream()
                .flatMap(m -> m.sql().stream()).toList();
        assertThat(maintenance).containsExactlyInAnyOrderElementsOf(Stream.concat(
                TorcDatabase.TABLES.stream().map(t -> "ANALYZE " + t), Stream.of("PRAGMA optimize")).toList());
        assertThat(catalog.phases().get(3).maintenance()).allSatisfy(m -> assertThat(m.sql()).hasSize(1));
        assertThat(maintenance).last().isEqualTo("PRAGMA optimize");
        assertThat(catalog.indexes()).hasSize(13);
        assertThat(catalog.maxLevel()).isEqualTo(4);
    }

    @Test
    void everyIndexHasAPrefixTorcNeverUsesAndARollbackThatDropsOnlyIt() {
        for (RecommendedIndex index : catalog.indexes()) {
            assertThat(index.name()).startsWith("tix_").doesNotStartWith("idx_").doesNotStartWith("sqlite_");
            assertThat(index.changeSet().sql()).containsExactly(
                    "CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + index.definition().table() + "("
                            + String.join(", ", index.definition().columns()) + ")");
            assertThat(index.changeSet().rollbackSql()).containsExactly("DROP INDEX IF EXISTS " + index.name());
            assertThat(index.description()).startsWith("Seed recommendation ");
        }
    }
}
