package io.github.torcindex.analyzer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The advisor's findings for one database and workload.
 *
 * @param database the database
 * @param catalog where the statements came from
 * @param conditions SQLite version, level, statistics and table sizes the plans depend on
 * @param additions indexes to add, each proven in a scratch copy of the schema, none making a statement slower
 * @param rejected indexes that would serve statements but make others read more rows (their regressions): not
 *     proposed, reported so that a DBA can weigh them
 * @param findings duplicate, redundant, unused and unusable indexes, unindexed foreign keys, and partial indexes
 *     whose predicate order costs writes
 * @param regressions statements that an existing index makes slower
 * @param repairs what ANALYZE alone repairs (the additions are judged on top of it)
 * @param analyze the tables whose statistics the advice was judged with: its changelog ends with their ANALYZE
 * @param sizes the size in bytes of every index, from dbstat (-1 when dbstat is not available)
 */
public record AdviceReport(Path database, String catalog, CheckConditions conditions, List<ProposedIndex> additions,
        List<ProposedIndex> rejected, List<IndexFinding> findings, List<PlanRegression> regressions,
        List<StatisticsRepair> repairs, List<String> analyze, Map<String, Long> sizes) {

    /** Validates and copies the components. */
    public AdviceReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(conditions, "conditions");
        additions = List.copyOf(additions);
        rejected = List.copyOf(rejected);
        findings = List.copyOf(findings);
        regressions = List.copyOf(regressions);
        repairs = List.copyOf(repairs);
        analyze = List.copyOf(analyze);
        sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
    }

    /** The findings of one kind. */
    public List<IndexFinding> findings(IndexFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
