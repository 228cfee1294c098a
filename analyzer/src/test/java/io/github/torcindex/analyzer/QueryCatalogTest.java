package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.TorcIndexException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCatalogTest {

    @Test
    void builtInCatalogCoversTheSixSeedGroupsAndTheHotWrites() {
        QueryCatalog catalog = QueryCatalog.builtIn();
        assertThat(catalog.statements()).hasSize(36);
        assertThat(catalog.statements()).extracting(CatalogStatement::name).doesNotHaveDuplicates();
        for (String group : List.of("1 ", "2 ", "3 ", "4 ", "5 ", "6 ")) {
            assertThat(catalog.statements()).as("group " + group)
                    .anyMatch(s -> s.group().startsWith(group));
        }
        assertThat(catalog.statements()).filteredOn(CatalogStatement::write).extracting(CatalogStatement::name)
                .contains("update_job_status", "insert_result", "insert_event");
        CatalogStatement claim = catalog.byName("claim_ready_jobs").orElseThrow();
        assertThat(claim.expectations().indexes()).extracting(Object::toString)
                .contains("job(workflow_id, status) from level 1", "resource_requirements(rowid) from level 0");
        assertThat(claim.sql()).startsWith("SELECT job.id").endsWith("LIMIT 100");
    }

    @Test
    void readsDirectivesAndMultiLineStatements() {
        QueryCatalog catalog = QueryCatalog.parse("test", """
                -- a comment
                -- name: one
                -- group: mine
                -- expect: level 2 job(workflow_id, status)
                -- expect-order: level 1
                -- allow-scan: event, result
                -- param: status = 5
                -- param: user = SELECT user FROM workflow LIMIT 1
                SELECT *
                  FROM job -- trailing comment stays
                 WHERE workflow_id = :workflow_id AND status = :status;
                -- name: two
                -- write
                UPDATE job SET status = 2 WHERE id = ?;
                """);
        CatalogStatement one = catalog.statements().get(0);
        assertThat(one.group()).isEqualTo("mine");
        assertThat(one.expectations().orderFromLevel()).hasValue(1);
        assertThat(one.expectations().allowScan()).containsExactlyInAnyOrder("event", "result");
        assertThat(one.samplers()).containsEntry("status", "5").containsKey("user");
        assertThat(one.sql()).contains("FROM job").endsWith(":status");
        assertThat(catalog.statements().get(1).write()).isTrue();
    }

    @Test
    void refusesMalformedFilesNamingTheLine() {
        assertThatThrownBy(() -> QueryCatalog.parse("f.sql", "-- name: a\nSELECT 1;\n-- name: a\nSELECT 2;\n"))
                .isInstanceOf(TorcIndexException.class).hasMessageContaining("line 3")
                .hasMessageContaining("duplicate statement name 'a'");
        assertThatThrownBy(() -> QueryCatalog.parse("f.sql", "-- just comments\n"))
                .hasMessageContaining("holds no statements");
        assertThatThrownBy(() -> QueryCatalog.parse("f.sql", "-- name: a\n-- expect: job(id)\nSELECT 1;\n"))
                .hasMessageContaining("line 2").hasMessageContaining("expect: level N");
        assertThatThrownBy(() -> QueryCatalog.parse("f.sql", "-- name: a\n-- name: b\nSELECT 1;\n"))
                .hasMessageContaining("statement a has no SQL");
    }

    @Test
    void readsAnySqlFileAsSqliteSplitsIt() {
        QueryCatalog catalog = QueryCatalog.parse("/x/torc-server.sql", """
                -- Torc's statements as a developer keeps them.

                -- name: get_job
                -- endpoint: GET /jobs/{id}
                -- params: id
                SELECT * FROM job WHERE id = ?;

                -- SELECT * FROM job WHERE old = 1;   (commented out: no statement)
                SELECT name FROM workflow
                WHERE id = $1; SELECT count(*) FROM job WHERE status = ?2 AND name = @name;
                /* a block comment; with a semicolon */
                CREATE TRIGGER t AFTER INSERT ON job BEGIN UPDATE job SET name = 'x;y' WHERE id = new.id; END;
                SELECT 'it''s; fine' AS x
                """);

        assertThat(catalog.statements()).extracting(CatalogStatement::name).containsExactly("get_job",
                "torc-server.sql:9", "torc-server.sql:10", "torc-server.sql:12", "torc-server.sql:13");
        CatalogStatement named = catalog.statements().get(0);
        assertThat(named.metadata()).containsExactly(entry("endpoint", "GET /jobs/{id}"), entry("params", "id"));
        assertThat(named.sql()).isEqualTo("SELECT * FROM job WHERE id = ?");
        assertThat(catalog.statements().get(1).sql()).isEqualTo("SELECT name FROM workflow\nWHERE id = $1");
        assertThat(catalog.statements().get(3).sql()).startsWith("CREATE TRIGGER t").endsWith("END");
        assertThat(catalog.statements().get(4).sql()).isEqualTo("SELECT 'it''s; fine' AS x");
    }

    @Test
    void aNameAboveACommentedOutStatementNamesNothingBelowABlankLine() {
        QueryCatalog catalog = QueryCatalog.parse("f.sql", "-- name: old\n-- SELECT 1;\n\nSELECT 2;\n");
        assertThat(catalog.statements()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("f.sql:4");
            assertThat(s.sql()).isEqualTo("SELECT 2");
        });
    }

    @Test
    void semicolonsInsideStringsAndCommentsEndNothing() {
        QueryCatalog catalog = QueryCatalog.parse("f.sql", "-- name: a\nSELECT ';' AS x, \"a;b\" -- c;d\n"
                + "FROM job /* e; f */ WHERE name = 'g;';\n");
        assertThat(catalog.statements()).singleElement()
                .satisfies(s -> assertThat(s.sql()).endsWith("WHERE name = 'g;'"));
    }

    @Test
    void aFileThatRepeatsStatementsHoldsEachTextOnce() {
        // A log-derived file of 625,000 statements (36 distinct) must fit in a small heap: the same text is
        // one String, and statements without directives share empty maps.
        QueryCatalog c = QueryCatalog.parse("big.sql", "SELECT 1 FROM job;\nSELECT 2 FROM job;\nSELECT 1 FROM job;\n");
        assertThat(c.statements()).hasSize(3);
        assertThat(c.statements().get(2).sql()).isSameAs(c.statements().get(0).sql());
        assertThat(c.statements().get(0).metadata()).isSameAs(c.statements().get(1).metadata());
        assertThat(c.distinct()).hasSize(2).first().satisfies(s -> assertThat(s.alsoNamed())
                .containsExactly("big.sql:3"));
    }
}
