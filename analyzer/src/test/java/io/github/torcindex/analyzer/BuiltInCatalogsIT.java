package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogs of Torc's statements shipped per version: provenance, and every statement prepares. */
class BuiltInCatalogsIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"v0.12.0", "v0.25.1"})
    void everyShippedStatementPreparesOnItsVersionsSchema(String version) throws SQLException {
        TorcSchemaVersion.Init init = TorcSchemaVersion.Init.of(version);
        try (TorcDatabase db = TorcDatabase.create(dir.resolve(version + ".db"), init)) {
            QueryCatalog catalog = QueryCatalog.builtInFor(db.torcVersion());
            assertThat(catalog.source()).isEqualTo("built-in catalog of Torc " + version + "'s statements");
            assertThat(catalog.statements()).hasSizeGreaterThan(300);
            List<String> failures = new ArrayList<>();
            for (CatalogStatement s : catalog.statements()) {
                try (PreparedStatement ps = db.connection().prepareStatement(s.sql())) {
                    assertThat(s.metadata()).containsKey("source");
                } catch (SQLException e) {
                    failures.add(s.name() + ": " + e.getMessage());
                }
            }
            assertThat(failures).isEmpty();
            assertThat(catalog.statements()).extracting(CatalogStatement::name)
                    .anyMatch(n -> n.startsWith("src/server/api/results.rs:list_results"));
        }
    }

    @Test
    void headerNamesTheTorcCommitItWasExtractedFrom() throws Exception {
        for (String path : QueryCatalog.TORC_STATEMENTS.values()) {
            try (var in = getClass().getClassLoader().getResourceAsStream(path)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).containsPattern("-- torc-commit: [0-9a-f]{40}\n")
                        .containsPattern("-- torc-version: 0\\.\\d+\\.\\d+\n");
            }
        }
    }

    @Test
    void aSeedBaselineDatabaseGetsTheSeedsPatterns() {
        TorcSchemaVersion seed = new TorcSchemaVersion(TorcSchemaVersion.SEED_BASELINE, Optional.empty(), 0, false);
        assertThat(QueryCatalog.builtInFor(seed).source()).contains("the seed's query patterns");
        TorcSchemaVersion newer = new TorcSchemaVersion("newer", Optional.of(20261007000002L), 60, true);
        assertThat(QueryCatalog.builtInFor(newer).source()).contains("Torc v0.25.1");
    }
}
