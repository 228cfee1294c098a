package io.github.torcindex.analyzer.source;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement a Torc server sends, as its source builds it.
 *
 * @param name {@code path:function}, with {@code #N} for the N-th call site of the function and the conditions
 *     of a dynamic variant in brackets
 * @param file the source file, relative to the tree's root, with {@code /}
 * @param line the line of the sqlx call
 * @param function the enclosing function
 * @param macro the sqlx call ({@code query!}, {@code query_as}, ...)
 * @param sql the statement
 * @param conditions for a variant of a statement assembled at run time, the branches taken
 */
public record SourceStatement(String name, String file, int line, String function, String macro, String sql,
        List<String> conditions) {

    /** Validates and copies the components. */
    public SourceStatement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        conditions = List.copyOf(conditions);
    }

    /** Where it is: {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}
