package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.analyzer.PlanStep.Access;
import io.github.torcindex.analyzer.PlanStep.Kind;
import org.junit.jupiter.api.Test;

class QueryPlanTest {

    /** Recorded from SQLite 3.54 (sqlite-jdbc 3.54.1.0) on a generated database at level 1. */
    private static final String NEW_FORM = """
            QUERY PLAN
            |--SEARCH job USING INDEX tix_job_workflow_id_status (workflow_id=? AND status=?)
            |--SEARCH rr USING INTEGER PRIMARY KEY (rowid=?)
            `--USE TEMP B-TREE FOR ORDER BY
            """;

    /** The same plan as SQLite 3.31 prints it (before 3.36: "TABLE", and "AS alias"). */
    private static final String OLD_FORM = """
            QUERY PLAN
            |--SEARCH TABLE job USING INDEX tix_job_workflow_id_status (workflow_id=? AND status=?)
            |--SEARCH TABLE resource_requirements AS rr USING INTEGER PRIMARY KEY (rowid=?)
            `--USE TEMP B-TREE FOR ORDER BY
            """;

    @Test
    void readsBothTextFormsAlike() {
        for (String text : new String[] {NEW_FORM, OLD_FORM}) {
            QueryPlan plan = QueryPlan.parseText(text);
            assertThat(plan.steps()).hasSize(3);
            PlanStep job = plan.steps().get(0);
            assertThat(job.kind()).isEqualTo(Kind.SEARCH);
            assertThat(job.name()).isEqualTo("job");
            assertThat(job.access()).isEqualTo(Access.INDEX);
            assertThat(job.index()).contains("tix_job_workflow_id_status");
            assertThat(job.constraints()).isEqualTo("workflow_id=? AND status=?");
            PlanStep rr = plan.steps().get(1);
            assertThat(rr.reference()).isEqualTo("rr");
            assertThat(rr.access()).isEqualTo(Access.INTEGER_PRIMARY_KEY);
            assertThat(rr.constraints()).isEqualTo("rowid=?");
            assertThat(plan.tempBtree("ORDER BY")).isPresent();
            assertThat(plan.innerLoopAccesses()).containsExactly(rr);
        }
        assertThat(QueryPlan.parseText(OLD_FORM).steps().get(1).name()).isEqualTo("resource_requirements");
    }

    @Test
    void readsFullScansOldAndNew() {
        PlanStep oldScan = QueryPlan.parseText("QUERY PLAN\n`--SCAN TABLE job AS j\n").steps().get(0);
        PlanStep newScan = QueryPlan.parseText("QUERY PLAN\n`--SCAN j\n").steps().get(0);
        assertThat(oldScan.isFullScan()).isTrue();
        assertThat(newScan.isFullScan()).isTrue();
        assertThat(oldScan.reference()).isEqualTo("j");
        assertThat(newScan.reference()).isEqualTo("j");
        assertThat(oldScan.access()).isEqualTo(Access.TABLE);
    }

    @Test
    void readsCorrelatedSubqueriesAutomaticIndexesBloomFiltersAndCovering() {
        QueryPlan plan = QueryPlan.parseText("""
                QUERY PLAN
                |--SEARCH j USING INDEX tix_job_workflow_id_status (workflow_id=? AND status=?)
                `--CORRELATED SCALAR SUBQUERY 1
                   |--SEARCH d USING COVERING INDEX sqlite_autoindex_job_depends_on_1 (job_id=?)
                   |--BLOOM FILTER ON p (id=?)
                   `--SEARCH p USING INTEGER PRIMARY KEY (rowid=?)
                """);
        assertThat(plan.steps()).hasSize(2);
        PlanStep sub = plan.steps().get(1);
        assertThat(sub.kind()).isEqualTo(Kind.CORRELATED_SUBQUERY);
        assertThat(sub.children()).extracting(PlanStep::kind)
                .containsExactly(Kind.SEARCH, Kind.BLOOM_FILTER, Kind.SEARCH);
        assertThat(sub.children().get(0).access()).isEqualTo(Access.COVERING_INDEX);
        assertThat(sub.children().get(0).index()).contains("sqlite_autoindex_job_depends_on_1");
        assertThat(plan.innerLoopAccesses()).extracting(PlanStep::reference).containsExactly("d", "p");

        PlanStep auto = PlanStep.parse("SEARCH t USING AUTOMATIC COVERING INDEX (workflow_id=?)", java.util.List.of());
        assertThat(auto.access()).isEqualTo(Access.AUTOMATIC_INDEX);
        assertThat(auto.index()).isEmpty();
        assertThat(auto.constraints()).isEqualTo("workflow_id=?");
        PlanStep partial = PlanStep.parse("SEARCH t USING AUTOMATIC PARTIAL COVERING INDEX (a=?)", java.util.List.of());
        assertThat(partial.access()).isEqualTo(Access.AUTOMATIC_INDEX);
    }

    @Test
    void readsCtesTempBtreesAndCompoundQueries() {
        QueryPlan plan = QueryPlan.parseText("""
                QUERY PLAN
                |--MATERIALIZE ready
                |  `--SEARCH job USING COVERING INDEX tix_job_workflow_id_status (workflow_id=? AND status=?)
                |--SCAN ready
                |--USE TEMP B-TREE FOR GROUP BY
                `--USE TEMP B-TREE FOR DISTINCT
                """);
        assertThat(plan.steps().get(0).kind()).isEqualTo(Kind.MATERIALIZE);
        assertThat(plan.steps().get(0).name()).isEqualTo("ready");
        assertThat(plan.steps().get(1).name()).isEqualTo("ready");
        assertThat(plan.tempBtree("GROUP BY")).isPresent();
        assertThat(plan.tempBtree("DISTINCT")).isPresent();
        assertThat(plan.tempBtree("ORDER BY")).isEmpty();
        assertThat(QueryPlan.parseText(plan.text()).text()).isEqualTo(plan.text());

        QueryPlan compound = QueryPlan.parseText("""
                QUERY PLAN
                `--COMPOUND QUERY
                   |--LEFT-MOST SUBQUERY
                   |  `--SEARCH job_input_file USING INDEX tix_job_input_file_file_id (file_id=?)
                   `--UNION ALL
                      `--SCAN job_output_file
                """);
        assertThat(compound.steps().get(0).kind()).isEqualTo(Kind.COMPOUND);
        assertThat(compound.accesses()).hasSize(2);
        assertThat(compound.innerLoopAccesses()).isEmpty();
    }
}
