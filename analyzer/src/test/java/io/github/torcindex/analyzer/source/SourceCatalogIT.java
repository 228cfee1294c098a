package io.github.torcindex.analyzer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.CatalogStatement;
import io.github.torcindex.analyzer.QueryCatalog;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCatalogIT {

    private static SourceCatalog catalog;
    private static Map<String, SourceStatement> byName;

    @BeforeAll
    static void extract() throws URISyntaxException {
        Path tree = Path.of(SourceCatalogIT.class.getResource("/rust-tree/Cargo.toml").toURI()).getParent();
        catalog = SourceCatalog.extract(tree, Optional.empty());
        byName = catalog.statements().stream().collect(Collectors.toMap(SourceStatement::name, Function.identity()));
    }

    @Test
    void readsLiteralsOfEveryCallForm() {
        assertThat(byName.get("src/server/api/sample.rs:get_job").sql())
                .isEqualTo("SELECT id, name\nFROM job\nWHERE id = $1");
        assertThat(byName.get("src/server/api/sample.rs:typed").sql())
                .isEqualTo("SELECT id, status FROM job WHERE workflow_id = ? ORDER BY id");
        assertThat(byName.get("src/server/api/sample.rs:typed#2").sql())
                .as("a line continuation drops the newline and the next line's indentation")
                .isEqualTo("SELECT COUNT(*) FROM job WHERE workflow_id = $1 AND status = $2");
        assertThat(byName.get("src/server/api/sample.rs:typed#3").sql()).isEqualTo("SELECT id FROM result WHERE job_id = ?");
        assertThat(byName.get("src/server/api/sample.rs:typed#4").sql())
                .as("a const is followed; an id list formatted into IN (...) becomes a parameter")
                .isEqualTo("SELECT id, workflow_id, name, status FROM job WHERE id IN (?)");
        assertThat(byName.get("src/server/api/sample.rs:get_job").macro()).isEqualTo("query!");
    }

    @Test
    void makesOneStatementPerVariantOfADynamicWhere() {
        assertThat(byName.keySet()).filteredOn(n -> n.contains("list_results")).containsExactlyInAnyOrder(
                "src/server/api/sample.rs:list_results[show_all]",
                "src/server/api/sample.rs:list_results[show_all, job_id]",
                "src/server/api/sample.rs:list_results[not show_all]",
                "src/server/api/sample.rs:list_results[not show_all, job_id]");
        assertThat(byName.get("src/server/api/sample.rs:list_results[not show_all, job_id]").sql()).isEqualTo(
                "SELECT r.id, r.job_id FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id "
                        + "WHERE r.workflow_id = ? AND r.job_id = ? ORDER BY id ASC LIMIT ?");
    }

    @Test
    void takesOneArmOfAnIfElseOnEveryPathAndNeverTwoArmsThatExcludeEachOther() {
        // Torc's list_files: "workflow_id = ?" is pushed in both arms of `if needs_join`; a filter pushed after
        // it comes with one of them, and the base query's arm must be the same one.
        Map<String, String> files = byName.entrySet().stream().filter(e -> e.getKey().contains(":list_files"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sql()));
        assertThat(files.values()).containsExactlyInAnyOrder(
                "SELECT f.id FROM file f JOIN job_output_file jof ON f.id = jof.file_id WHERE f.workflow_id = ?",
                "SELECT f.id FROM file f JOIN job_output_file jof ON f.id = jof.file_id WHERE f.workflow_id = ? "
                        + "AND jof.job_id = ?",
                "SELECT f.id FROM file f JOIN job_output_file jof ON f.id = jof.file_id WHERE f.workflow_id = ? "
                        + "AND f.path = ?",
                "SELECT id FROM file WHERE workflow_id = ?",
                "SELECT id FROM file WHERE workflow_id = ? AND path = ?");
    }

    @Test
    void followsAParameterToItsCallers() {
        assertThat(catalog.statements()).filteredOn(s -> s.function().equals("add_association"))
                .extracting(SourceStatement::sql).containsExactly(
                        "INSERT INTO job_input_file (job_id, file_id, workflow_id) VALUES ($1, $2, $3)",
                        "INSERT INTO job_output_file (job_id, file_id, workflow_id) VALUES ($1, $2, $3)");
    }

    @Test
    void listsWhatItLeavesOutAndWhy() {
        Map<String, String> left = catalog.leftOut().stream().collect(Collectors.toMap(NotExtracted::function,
                NotExtracted::reason, (a, b) -> a + " | " + b));
        assertThat(left.get("unknown_table")).contains("after `SELECT count(*) FROM`", "no call in this file gives it");
        assertThat(left.get("missing_column")).contains("SQLite can't prepare it on the v0.12.0 schema",
                "no_such_column");
        assertThat(left.get("transaction")).contains("not a query: BEGIN IMMEDIATE", "not a query: COMMIT");
        assertThat(byName).containsKey("src/server/api/sample.rs:transaction#2");
    }

    @Test
    void skipsTestsCommentsAndTestModules() {
        assertThat(catalog.statements()).extracting(SourceStatement::sql)
                .noneMatch(s -> s.contains("commented_out") || s.contains("DELETE FROM workflow")
                        || s.equals("DELETE FROM job"));
        assertThat(catalog.callSites()).isEqualTo(13);
    }

    @Test
    void writesACatalogThatReadsBackWithProvenance() {
        String text = catalog.catalogText();
        assertThat(text).contains("-- torc-version: 0.12.0", "-- checked-on-schema: v0.12.0");
        QueryCatalog back = QueryCatalog.parse("extracted.sql", text);
        assertThat(back.statements()).extracting(CatalogStatement::name)
                .containsExactlyElementsOf(catalog.statements().stream().map(SourceStatement::name).toList());
        CatalogStatement insert = back.byName("src/server/api/sample.rs:transaction#2").orElseThrow();
        assertThat(insert.write()).isTrue();
        assertThat(insert.metadata()).containsEntry("source", "src/server/api/sample.rs:97 query");
        assertThat(insert.group()).isEqualTo("sample");
    }

    @Test
    void choosesTheSchemaOfTheTreesVersion() {
        assertThat(SourceCatalog.schemaFor("0.12.0")).isEqualTo(TorcSchemaVersion.Init.V0_12_0);
        assertThat(SourceCatalog.schemaFor("0.20.3")).isEqualTo(TorcSchemaVersion.Init.V0_12_0);
        assertThat(SourceCatalog.schemaFor("0.25.1")).isEqualTo(TorcSchemaVersion.Init.V0_25_1);
        assertThat(SourceCatalog.schemaFor("1.0.0")).isEqualTo(TorcSchemaVersion.Init.V0_25_1);
    }

    @Test
    void refusesAFolderWithoutSqlx(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.rs"), "fn main() { println!(\"hi\"); }");
        assertThatThrownBy(() -> SourceCatalog.extract(dir, Optional.empty())).isInstanceOf(TorcIndexException.class)
                .hasMessageContaining("has no sqlx calls");
        assertThatThrownBy(() -> SourceCatalog.extract(dir.resolve("missing"), Optional.empty()))
                .hasMessageContaining("the folder does not exist");
    }
}
