package io.github.torcindex.analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a plan depends on besides the SQL, recorded with every check so that it can be repeated.
 *
 * @param sqliteVersion the SQLite library that planned the statements
 * @param level the database's index level (from {@code status})
 * @param stat1 whether {@code sqlite_stat1} statistics exist (ANALYZE has run)
 * @param stat4 whether {@code sqlite_stat4} statistics exist
 * @param tableRows the row count of every table a statement reads
 */
public record CheckConditions(String sqliteVersion, int level, boolean stat1, boolean stat4,
        Map<String, Long> tableRows) {

    /** Validates and copies the components. */
    public CheckConditions {
        Objects.requireNonNull(sqliteVersion, "sqliteVersion");
        tableRows = Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
    }
}
