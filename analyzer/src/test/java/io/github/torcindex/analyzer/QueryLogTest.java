package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLogTest {

    private static final QueryCatalog KNOWN = QueryCatalog.parse("known.sql", """
            -- name: results.rs:list_results
            -- source: src/server/api/results.rs:343 query
            SELECT r.id, r.job_id FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id
            WHERE r.workflow_id = ? AND r.status = ?;
            """);

    private static Path log(String name) throws URISyntaxException {
        return Path.of(QueryLogTest.class.getResource("/logs/" + name).toURI());
    }

    @Test
    void readsTracingsTextFormatAndCountsExecutionsOfOneStatement() throws Exception {
        QueryCatalog catalog = QueryLog.read(log("torc-server.log"), KNOWN);
        assertThat(catalog.statements()).extracting(CatalogStatement::sql).containsExactly(
                "SELECT id, workflow_id, name, status FROM job WHERE workflow_id = ? ORDER BY id ASC LIMIT 10000",
                "UPDATE job SET unblocking_processed = 1 WHERE id IN (?, ?, ?)",
                "COMMIT",
                "SELECT r.id, r.job_id FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE "
                        + "r.workflow_id = $1 AND r.status = 'done'");
        CatalogStatement list = catalog.statements().get(0);
        assertThat(list.name()).isEqualTo("torc-server.log:2");
        assertThat(list.weight()).isEqualTo(2.0);
        assertThat(list.metadata()).containsEntry("executions", "2").containsEntry("total-ms", "4.000")
                .containsEntry("mean-ms", "2.000");
        assertThat(catalog.statements().get(1).write()).isTrue();
        assertThat(catalog.statements().get(1).weight()).as("IN lists of any length are one statement").isEqualTo(2);
    }

    @Test
    void readsColouredSlowStatementLinesAndNamesKnownStatements() throws Exception {
        CatalogStatement slow = QueryLog.read(log("torc-server.log"), KNOWN).statements().get(3);
        assertThat(slow.name()).isEqualTo("results.rs:list_results");
        assertThat(slow.metadata()).containsEntry("source", "src/server/api/results.rs:343 query")
                .containsEntry("total-ms", "1520.000");
    }

    @Test
    void readsTracingsJsonFormat() throws Exception {
        QueryCatalog catalog = QueryLog.read(log("torc-server.json.log"), KNOWN);
        assertThat(catalog.statements()).extracting(CatalogStatement::name)
                .containsExactly("results.rs:list_results", "torc-server.json.log:3");
        assertThat(catalog.statements().get(1).sql()).isEqualTo("SELECT id FROM workflow");
        assertThat(catalog.statements().get(0).metadata()).containsEntry("mean-rows-returned", "3.0");
    }

    @Test
    void readsTheOneMessageFormOfOlderSqlxAndMakesVaryingLiteralsParameters() throws Exception {
        QueryCatalog catalog = QueryLog.read(log("sqlx-0.7.log"), KNOWN);
        assertThat(catalog.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("SELECT\n  id\nFROM\n  job\nWHERE\n  workflow_id = ?\n  AND status = ?");
            assertThat(s.weight()).isEqualTo(2.0);
            assertThat(s.metadata()).containsEntry("total-ms", "2.012");
        });
    }

    @Test
    void refusesALogWithoutQueryEvents(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("server.log"), "2026-11-30T10:15:02Z INFO torc_server: up\n");
        assertThatThrownBy(() -> QueryLog.read(empty, KNOWN)).hasMessageContaining("holds no sqlx::query events",
                "RUST_LOG=sqlx::query=debug");
        assertThatThrownBy(() -> QueryLog.read(dir.resolve("none.log"), KNOWN))
                .hasMessageContaining("the file does not exist");
    }

    @Test
    void theDurationsOfRustsDebugFormatAreRead() {
        assertThat(List.of(QueryLogEvent.duration("812.4µs"), QueryLogEvent.duration("1.5s"),
                QueryLogEvent.duration("3ms"), QueryLogEvent.duration("90ns")))
                .containsExactly(812.4e-6, 1.5, 0.003, 9.0e-8);
    }
}
