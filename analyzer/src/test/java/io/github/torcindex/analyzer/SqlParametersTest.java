package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlParametersTest {

    @Test
    void findsEveryStyleAndNamesPositionalOnesByTheirColumn() {
        String sql = "SELECT ':no', \"a?b\" FROM job j /* ? */ WHERE j.workflow_id = $1 AND status IN (?, ?) "
                + "AND name = :name AND x = @who AND y BETWEEN ?7 AND ?8 AND $1 > 0 -- ?\nLIMIT ? OFFSET ?";
        assertThat(SqlParameters.of(sql)).extracting(SqlParameters.Placeholder::text)
                .containsExactly("$1", "?", "?", ":name", "@who", "?7", "?8", "$1", "?", "?");
        assertThat(SqlParameters.names(sql)).containsExactly("workflow_id", "status", "name", "who", "y",
                "limit", "offset");
        assertThat(SqlParameters.of(sql).get(0).qualifier()).contains("j");
        assertThat(SqlParameters.of(sql).get(6).name()).as("both bounds of a BETWEEN are the column's").isEqualTo("y");
    }

    @Test
    void substitutesValuesAndLeavesOthersAsWritten() {
        String sql = "UPDATE job SET status = $2 WHERE id = $1 AND note = '$1'";
        assertThat(SqlParameters.substitute(sql, p -> p.name().equals("id") ? "42" : null))
                .isEqualTo("UPDATE job SET status = $2 WHERE id = 42 AND note = '$1'");
        Map.Entry<String, List<String>> jdbc = SqlParameters.positional(sql);
        assertThat(jdbc.getKey()).isEqualTo("UPDATE job SET status = ? WHERE id = ? AND note = '$1'");
        assertThat(jdbc.getValue()).containsExactly("status", "id");
    }
}
