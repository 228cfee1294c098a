package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Token;
import io.github.torcindex.analyzer.source.SqlValue.Unresolved;
import java.util.List;
import java.util.Set;

/**
 * Torc's {@code SqlQueryBuilder} (src/server/api/sql_query_builder.rs), followed as its code builds SQL:
 * {@code new(base)}, then {@code with_where(w)} adds {@code WHERE w}, {@code with_pagination_and_sorting(offset,
 * limit, sort_by, reverse, default[, allowed])} adds {@code ORDER BY default ASC LIMIT ?} (the default sort, the one the
 * server uses unless a client asks for another; the limit is a number it formats in), and {@code build()}
 * returns the text. Torc calls them in that order.
 */
final class QueryBuilderModel {

    static final Set<String> METHODS = Set.of("with_where", "with_pagination_and_sorting", "build");

    private QueryBuilderModel() {
    }

    /** At {@code SqlQueryBuilder::new(...)}: the base query. */
    static SqlValue start(StringEvaluator ev, List<Token> t, int at) throws Unresolved {
        int open = at;
        while (open < t.size() && !t.get(open).is("(")) {
            open++;
        }
        List<int[]> args = Brackets.arguments(t, open);
        if (args.size() != 1) {
            throw new Unresolved("SqlQueryBuilder::new takes one argument");
        }
        return ev.eval(args.get(0)[0], args.get(0)[1]);
    }

    static SqlValue apply(StringEvaluator ev, List<Token> t, SqlValue builder, String method, int open)
            throws Unresolved {
        List<int[]> args = Brackets.arguments(t, open);
        return switch (method) {
            case "with_where" -> builder.concat(SqlValue.of(" WHERE ")).concat(ev.eval(args.get(0)[0], args.get(0)[1]));
            case "with_pagination_and_sorting" -> {
                if (args.size() < 5) {
                    throw new Unresolved("with_pagination_and_sorting without its default sort column");
                }
                yield builder.concat(SqlValue.of(" ORDER BY ")).concat(ev.eval(args.get(4)[0], args.get(4)[1]))
                        .concat(SqlValue.of(" ASC LIMIT ?"));
            }
            default -> builder;
        };
    }
}
