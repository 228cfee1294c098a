package io.github.torcindex.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1", "  select * from job", "-- a comment\nSELECT 1", "/* x */ SELECT 1",
        "PRAGMA table_info(job)", "pragma index_list('job')", "EXPLAIN QUERY PLAN SELECT 1", "VALUES (1)",
        "WITH t AS (SELECT 1) SELECT * FROM t"})
    void readsDoNotNeedTheWriteLock(String sql) {
        assertThat(SqlKind.isRead(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO t VALUES (1)", "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1",
        "DELETE FROM t", "CREATE INDEX i ON t(a)", "DROP INDEX i", "ANALYZE job", "PRAGMA optimize",
        "PRAGMA user_version = 3", "WITH t AS (SELECT 1) INSERT INTO u SELECT * FROM t", "REPLACE INTO t VALUES (1)",
        "BEGIN IMMEDIATE", "-- only a comment", "something unknown"})
    void everythingElseTakesTheWriteLock(String sql) {
        assertThat(SqlKind.isRead(sql)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE INDEX i ON t(a)", "create unique index i on t(a)", "DROP INDEX IF EXISTS i",
        "ANALYZE", "ANALYZE job", "PRAGMA optimize", "VACUUM", "REINDEX t"})
    void heavyStatementsGrowWithTheData(String sql) {
        assertThat(WriteLockLog.isHeavy(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO DATABASECHANGELOG VALUES (1)", "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1",
        "DELETE FROM DATABASECHANGELOG WHERE ID = 'x'", "SELECT 1"})
    void bookkeepingIsNotHeavy(String sql) {
        assertThat(WriteLockLog.isHeavy(sql)).isFalse();
    }
}
