package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.analyzer.Violation.Rule;
import io.github.torcindex.TorcIndexException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PlanVerifier on generated databases. It lives in bench, not analyzer, because the generator is here and
 * modules depend one way (analyzer <- bench).
 */
class PlanVerifierOnGeneratedDataIT {

    @TempDir
    static Path dir;

    static GeneratedDatabase generated;

    static Path level0;

    @BeforeAll
    static void generate() {
        generated = GeneratedDatabase.in(dir);
        level0 = generated.level0();
    }

    private static Path atLevel(int level) throws Exception {
        return generated.copyAt(level);
    }

    private static VerifyReport verify(Path db) {
        return new PlanVerifier().verify(VerifyOptions.of(db));
    }

    private static List<Violation> violations(VerifyReport report, String statement) {
        return report.checks().stream().filter(c -> c.planned().statement().name().equals(statement))
                .findFirst().orElseThrow().violations();
    }

    @Test
    void reportsTheScansTheSeedDescribesAtLevelZero() {
        VerifyReport report = verify(level0);

        assertThat(report.conditions().level()).isZero();
        assertThat(report.conditions().stat1()).isFalse();
        for (String statement : List.of("list_jobs", "jobs_by_status", "list_results", "list_events",
                "blocked_by_job", "file_consumers", "file_producers", "results_of_run")) {
            assertThat(violations(report, statement)).as(statement).extracting(Violation::rule)
                    .contains(Rule.FULL_SCAN);
        }
        assertThat(violations(report, "blocking_jobs")).as("served by the primary key").isEmpty();
        assertThat(violations(report, "unblocking_pending")).as("served by Torc's partial index").isEmpty();
        assertThat(violations(report, "workflows_with_pending_unblocks"))
                .as("a scan of a partial index reads only its rows").isEmpty();
        StatementCheck listJobs = report.checks().get(0);
        assertThat(listJobs.planned().values()).containsKey("workflow_id");
        assertThat(listJobs.planned().unbound().text()).contains("SCAN job");
    }

    @Test
    void levelThreeServesThePatternsButRegressesTwoQueriesUntilAnalyze() throws Exception {
        VerifyReport level3 = verify(atLevel(3));

        assertThat(level3.failures()).extracting(c -> c.planned().statement().name())
                .containsExactlyInAnyOrder("results_of_job", "jobs_needing_file");
        assertThat(violations(level3, "results_of_job")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.EXPECTED_INDEX);
            assertThat(v.message()).contains("tix_result_workflow_id");
        });

        VerifyReport level4 = verify(atLevel(4));
        assertThat(level4.conditions().stat1()).isTrue();
        assertThat(level4.failures()).isEmpty();
    }

    @Test
    void userCatalogsAreCheckedAndBadOnesRefused() throws Exception {
        Path queries = Files.writeString(dir.resolve("mine.sql"), """
                -- name: events_by_data
                SELECT id FROM event WHERE data LIKE :pattern;

                -- name: nested
                -- param: status = 5
                SELECT r.id FROM result r JOIN job j ON j.status = :status AND r.status = j.status;
                """);
        VerifyReport report = new PlanVerifier().verify(new VerifyOptions(level0, Workload.catalog(queries), 1_000,
                Duration.ofSeconds(5)));
        assertThat(violations(report, "events_by_data")).extracting(Violation::rule).containsExactly(Rule.FULL_SCAN);
        assertThat(violations(report, "nested")).extracting(Violation::rule)
                .containsAnyOf(Rule.NESTED_SCAN, Rule.AUTOMATIC_INDEX);

        // A statement SQLite can't prepare is a finding; the others are still checked, DDL is skipped.
        Path broken = Files.writeString(dir.resolve("broken.sql"), "-- name: x\nSELECT * FROM no_such_table;\n"
                + "-- name: y\nSELECT * FROM event WHERE data LIKE '%x%';\nCREATE INDEX z ON job(name);\n"
                + "PRAGMA table_info(job);\n");
        VerifyReport mixed = new PlanVerifier().verify(new VerifyOptions(level0, Workload.catalog(broken), 1_000,
                Duration.ofSeconds(5)));
        assertThat(mixed.passes()).isFalse();
        assertThat(mixed.unpreparable()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("x");
            assertThat(s.reason()).contains("no such table: no_such_table");
        });
        assertThat(mixed.checks()).extracting(c -> c.planned().statement().name()).containsExactly("y");
        assertThat(mixed.skipped()).filteredOn(s -> !s.unpreparable()).extracting(SkippedStatement::reason)
                .containsExactly("not a query (CREATE): nothing to plan", "not a query (PRAGMA): nothing to plan");
        assertThatThrownBy(() -> new PlanVerifier().verify(new VerifyOptions(level0,
                Workload.catalog(dir.resolve("absent.sql")), 1_000, Duration.ofSeconds(5))))
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.BAD_INPUT_FILE);
    }
}
