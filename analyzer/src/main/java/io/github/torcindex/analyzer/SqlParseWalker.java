package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.SqlParse.ColumnRef;
import io.github.torcindex.analyzer.SqlParse.Term;
import io.github.torcindex.analyzer.SqlParse.ValueKind;
import io.github.torcindex.analyzer.SqlParse.Write;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Walks every part of a statement, as JSqlParser's table finder does, recording what {@link SqlParse} holds:
 * tables and aliases, CTE names, terms, ORDER BY and GROUP BY columns, and the tables of each SELECT's scope.
 */
final class SqlParseWalker extends TablesNamesFinder<Void> {

    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Set<String> ctes = new LinkedHashSet<>();
    private final List<Term> terms = new ArrayList<>();
    private final List<List<ColumnRef>> orderBys = new ArrayList<>();
    private final List<List<ColumnRef>> groupBys = new ArrayList<>();
    private final Deque<List<String>> scopes = new ArrayDeque<>();

    SqlParse result(Statement statement) {
        Optional<Write> write = Optional.empty();
        if (statement instanceof Update u) {
            List<String> columns = new ArrayList<>();
            for (UpdateSet set : u.getUpdateSets()) {
                set.getColumns().forEach(c -> columns.add(lower(c.getColumnName())));
            }
            write = Optional.of(new Write("UPDATE", lower(u.getTable().getName()), columns));
        } else if (statement instanceof Insert i) {
            List<String> columns = new ArrayList<>();
            if (i.getColumns() != null) {
                i.getColumns().forEach(c -> columns.add(lower(c.getColumnName())));
            }
            write = Optional.of(new Write("INSERT", lower(i.getTable().getName()), columns));
        } else if (statement instanceof Delete d) {
            write = Optional.of(new Write("DELETE", lower(d.getTable().getName()), List.of()));
        }
        Map<String, String> tables = new LinkedHashMap<>();
        aliases.forEach((name, table) -> {
            if (!ctes.contains(table)) {
                tables.put(name, table);
            }
        });
        List<Term> resolved = terms.stream().map(t -> new Term(resolve(t.column(), tables), t.op(), t.kind(),
                t.value(), t.other().map(o -> resolve(o, tables)))).toList();
        List<List<ColumnRef>> orders = orderBys.stream().map(l -> l.stream().map(c -> resolve(c, tables))
                .toList()).toList();
        List<List<ColumnRef>> groups = groupBys.stream().map(l -> l.stream().map(c -> resolve(c, tables))
                .toList()).toList();
        return new SqlParse(tables, resolved, orders, groups, write, true);
    }

    private ColumnRef resolve(ColumnRef c, Map<String, String> tables) {
        if (c.table().isPresent()) {
            String t = c.table().get();
            return new ColumnRef(ctes.contains(t) ? Optional.empty() : Optional.ofNullable(tables.get(t)),
                    c.qualifier(), c.column());
        }
        return c;
    }

    private ColumnRef ref(Column column) {
        String name = lower(column.getColumnName());
        Table table = column.getTable();
        if (table != null && table.getName() != null) {
            String qualifier = lower(table.getName());
            return new ColumnRef(Optional.of(qualifier), Optional.of(qualifier), name);
        }
        List<String> scope = scopes.isEmpty() ? List.of() : scopes.peek();
        return new ColumnRef(scope.size() == 1 ? Optional.of(scope.get(0)) : Optional.empty(), Optional.empty(),
                name);
    }

    private static ValueKind kind(Expression e) {
        if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter || e instanceof UserVariable) {
            return ValueKind.PARAMETER;
        }
        if (e instanceof Column) {
            return ValueKind.COLUMN;
        }
        String text = e.toString().strip();
        return text.matches("-?\\d+(\\.\\d+)?|'.*'|NULL|(?i:true|false)") ? ValueKind.LITERAL : ValueKind.OTHER;
    }

    private void term(Expression left, String op, Expression right) {
        if (left instanceof Column l) {
            ValueKind k = right == null ? ValueKind.LITERAL : kind(right);
            terms.add(new Term(ref(l), op, k, right == null ? "NULL" : right.toString(),
                    k == ValueKind.COLUMN ? Optional.of(ref((Column) right)) : Optional.empty()));
            if (k == ValueKind.COLUMN) {
                Column r = (Column) right;
                terms.add(new Term(ref(r), op, k, left.toString(), Optional.of(ref(l))));
            }
        } else if (right instanceof Column r && op.matches("=|<|<=|>|>=")) {
            String flipped = switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
            terms.add(new Term(ref(r), flipped, kind(left), left.toString(), Optional.empty()));
        }
    }

    private void tableSeen(FromItem item, List<String> scope) {
        if (item instanceof Table t && t.getName() != null) {
            String name = lower(t.getName());
            aliases.putIfAbsent(name, name);
            if (t.getAlias() != null) {
                aliases.put(lower(t.getAlias().getName()), name);
            }
            scope.add(name);
        }
    }

    @Override
    public <S> Void visit(Table table, S context) {
        tableSeen(table, new ArrayList<>());
        return super.visit(table, context);
    }

    @Override
    public <S> Void visit(WithItem<?> with, S context) {
        if (with.getAlias() != null) {
            ctes.add(lower(with.getAlias().getName()));
        }
        return super.visit(with, context);
    }

    @Override
    public <S> Void visit(PlainSelect select, S context) {
        List<String> scope = new ArrayList<>();
        tableSeen(select.getFromItem(), scope);
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                tableSeen(join.getRightItem(), scope);
            }
        }
        scopes.push(scope);
        try {
            if (select.getOrderByElements() != null) {
                List<ColumnRef> order = new ArrayList<>();
                for (OrderByElement e : select.getOrderByElements()) {
                    if (e.getExpression() instanceof Column c) {
                        order.add(ref(c));
                    }
                }
                orderBys.add(order);
            }
            if (select.getGroupBy() != null && select.getGroupBy().getGroupByExpressionList() != null) {
                List<ColumnRef> group = new ArrayList<>();
                for (Object e : select.getGroupBy().getGroupByExpressionList()) {
                    if (e instanceof Column c) {
                        group.add(ref(c));
                    }
                }
                groupBys.add(group);
            }
            return super.visit(select, context);
        } finally {
            scopes.pop();
        }
    }

    @Override
    public <S> Void visit(Update update, S context) {
        List<String> scope = new ArrayList<>();
        tableSeen(update.getTable(), scope);
        if (update.getFromItem() != null) {
            tableSeen(update.getFromItem(), scope);
        }
        scopes.push(scope);
        try {
            return super.visit(update, context);
        } finally {
            scopes.pop();
        }
    }

    @Override
    public <S> Void visit(Delete delete, S context) {
        List<String> scope = new ArrayList<>();
        tableSeen(delete.getTable(), scope);
        scopes.push(scope);
        try {
            return super.visit(delete, context);
        } finally {
            scopes.pop();
        }
    }

    @Override
    public <S> Void visit(EqualsTo e, S context) {
        term(e.getLeftExpression(), "=", e.getRightExpression());
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(GreaterThan e, S context) {
        term(e.getLeftExpression(), ">", e.getRightExpression());
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(GreaterThanEquals e, S context) {
        term(e.getLeftExpression(), ">=", e.getRightExpression());
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(MinorThan e, S context) {
        term(e.getLeftExpression(), "<", e.getRightExpression());
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(MinorThanEquals e, S context) {
        term(e.getLeftExpression(), "<=", e.getRightExpression());
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(InExpression e, S context) {
        if (!e.isNot()) {
            // JSqlParser 5.3 reads "a IN (1, 2) AND b = 0" as "a IN ((1, 2) AND b = 0)" (its issues 2244 and 2439,
            // fixed after 5.3): the list is the leftmost operand; the rest is visited below as usual.
            Expression list = e.getRightExpression();
            while (list instanceof AndExpression || list instanceof OrExpression) {
                list = ((BinaryExpression) list).getLeftExpression();
            }
            term(e.getLeftExpression(), "IN", list);
        }
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(IsNullExpression e, S context) {
        if (!e.isNot()) {
            term(e.getLeftExpression(), "IS", null);
        }
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(Between e, S context) {
        if (!e.isNot()) {
            term(e.getLeftExpression(), "BETWEEN", e.getBetweenExpressionStart());
        }
        return super.visit(e, context);
    }

    @Override
    public <S> Void visit(LikeExpression e, S context) {
        if (!e.isNot()) {
            term(e.getLeftExpression(), "LIKE", e.getRightExpression());
        }
        return super.visit(e, context);
    }

    private static String lower(String s) {
        String t = s.length() >= 2 && (s.startsWith("\"") || s.startsWith("`") || s.startsWith("["))
                ? s.substring(1, s.length() - 1) : s;
        return t.toLowerCase(Locale.ROOT);
    }
}
