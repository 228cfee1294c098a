package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.analyzer.SqlParse.Term;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlParseTest {

    private static List<String> terms(SqlParse parse) {
        return parse.terms().stream().map(t -> t.column().table().orElse("?") + "." + t.column().column() + " "
                + t.op() + " " + t.kind()).toList();
    }

    @Test
    void readsAliasesOfJoinsCommaJoinsAndSubqueriesButNotCtes() {
        SqlParse parse = SqlParse.of("WITH RECURSIVE todo(job_id) AS (SELECT job_id FROM job_depends_on d "
                + "WHERE d.depends_on_job_id = ? UNION ALL SELECT d.job_id FROM job_depends_on d, todo t "
                + "WHERE d.depends_on_job_id = t.job_id) SELECT j.id FROM job j JOIN todo tt ON tt.job_id = j.id "
                + "WHERE j.status IN (SELECT status FROM workflow_status ws WHERE ws.id = $1)");
        assertThat(parse.parsed()).isTrue();
        assertThat(parse.aliases()).containsEntry("j", "job").containsEntry("d", "job_depends_on")
                .containsEntry("ws", "workflow_status").doesNotContainKeys("todo", "t", "tt");
        assertThat(terms(parse)).contains("job_depends_on.depends_on_job_id = PARAMETER",
                "workflow_status.id = PARAMETER", "job.status IN OTHER");
    }

    @Test
    void readsBothSidesOfAJoinAndPlacesUnqualifiedColumnsOfOneTableSelects() {
        SqlParse parse = SqlParse.of("SELECT r.id FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id "
                + "WHERE r.workflow_id = ? AND wr.workflow_id = 3 AND r.job_id IN (SELECT job_id FROM job_internal "
                + "WHERE active_compute_node_id = ?) ORDER BY r.id ASC LIMIT ?");
        assertThat(terms(parse)).containsExactly("result.id = COLUMN", "workflow_result.result_id = COLUMN",
                "result.workflow_id = PARAMETER", "workflow_result.workflow_id = LITERAL",
                "result.job_id IN OTHER", "job_internal.active_compute_node_id = PARAMETER");
        Term join = parse.terms().get(1);
        assertThat(join.other()).get().extracting(c -> c.column()).isEqualTo("id");
        assertThat(parse.orderBys()).singleElement().satisfies(o -> assertThat(o).singleElement()
                .satisfies(c -> assertThat(c.table()).contains("result")));
    }

    @Test
    void anInListFollowedByAndOrOrIsTheListAloneThoughTheParserNestsTheRestInIt() {
        // JSqlParser 5.3 parses "status IN (2, 3) AND unblocking_processed = 0" as "status IN ((2, 3) AND ...)".
        SqlParse parse = SqlParse.of("SELECT DISTINCT workflow_id FROM job WHERE status IN (2, 3)\n"
                + "  AND unblocking_processed = 0 AND workflow_id IN (1) OR priority > 5");
        assertThat(parse.terms()).extracting(t -> t.column().column() + " " + t.op() + " " + t.value())
                .containsExactly("status IN (2, 3)", "unblocking_processed = 0", "workflow_id IN (1)",
                        "priority > 5");
    }

    @Test
    void understandsWritesInsertSelectAndUpdateFrom() {
        SqlParse update = SqlParse.of("UPDATE job SET status = ?, attempt_id = attempt_id + 1 FROM job_internal ji "
                + "WHERE job.id = ji.job_id AND ji.active_compute_node_id = ?");
        assertThat(update.write()).contains(new SqlParse.Write("UPDATE", "job", List.of("status", "attempt_id")));
        assertThat(update.aliases()).containsEntry("ji", "job_internal");
        SqlParse insert = SqlParse.of("INSERT OR IGNORE INTO job_depends_on (job_id, depends_on_job_id) "
                + "SELECT i.job_id, o.job_id FROM job_input_file i, job_output_file o WHERE i.file_id = o.file_id "
                + "AND i.workflow_id = ?");
        assertThat(insert.parsed()).isTrue();
        assertThat(insert.write()).get().extracting(SqlParse.Write::table).isEqualTo("job_depends_on");
        assertThat(terms(insert)).contains("job_input_file.file_id = COLUMN", "job_output_file.file_id = COLUMN");
        assertThat(SqlParse.of("DELETE FROM result WHERE workflow_id = $1").write())
                .contains(new SqlParse.Write("DELETE", "result", List.of()));
    }

    @Test
    void readsSqliteSyntaxTheParserLacks() {
        SqlParse parse = SqlParse.of("SELECT id FROM job INDEXED BY idx_job_status WHERE name GLOB 'a*' AND "
                + "status = 2 -- a comment; with a semicolon\n");
        assertThat(parse.parsed()).isTrue();
        assertThat(terms(parse)).containsExactly("job.name LIKE LITERAL", "job.status = LITERAL");
        assertThat(SqliteDialect.forParser("SELECT 'INSERT OR IGNORE' FROM t")).isEqualTo("SELECT 'INSERT OR IGNORE' FROM t");
    }

    @Test
    void fallsBackToALexicalScanOfAliases() {
        SqlParse parse = SqlParse.of("SELECT * FROM job JOIN resource_requirements rr ON rr.id = job.x WHERE )(");
        assertThat(parse.parsed()).isFalse();
        assertThat(parse.aliases()).containsEntry("rr", "resource_requirements").containsEntry("job", "job");
        assertThat(parse.write()).isEqualTo(Optional.empty());
    }
}
