package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Kind;
import io.github.torcindex.analyzer.source.RustTokens.Token;
import io.github.torcindex.analyzer.source.SqlValue.Unresolved;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the string expressions of one Rust function to the SQL they can build: literals, {@code concat!},
 * {@code format!}, {@code String::from}, {@code if}/{@code match} arms, local variables with their
 * {@code push_str}/{@code push}/{@code +=} and reassignments (an optional one, inside a block, makes a
 * variant), {@code Vec}s joined with {@code join}, file-level {@code const}s, and Torc's {@code SqlQueryBuilder}
 * ({@code new}, {@code with_where}, {@code with_pagination_and_sorting}, {@code build}). Anything else is
 * {@link Unresolved} with the reason.
 */
final class StringEvaluator {

    /** Marks the start of each element of a {@code Vec<String>} value. */
    static final String ELEMENT = "\u0001";

    private static final Set<String> IDENTITY = Set.of("to_string", "to_owned", "clone", "as_str", "into",
            "as_ref", "borrow", "deref", "trim", "unwrap");
    private static final int DEPTH_LIMIT = 40;

    private final List<Token> t;
    private final RustFunction fn;
    private final Map<String, Integer> constants;
    private final List<RustFunction> functions;
    private int depth;

    /**
     * @param tokens the file's tokens
     * @param fn the function whose body the expressions are in
     * @param constants file-level {@code const NAME: &str = ...;}: name to the token index of its value
     * @param functions the file's functions, to follow a parameter to its callers
     */
    StringEvaluator(List<Token> tokens, RustFunction fn, Map<String, Integer> constants,
            List<RustFunction> functions) {
        this(tokens, fn, constants, functions, 0);
    }

    private StringEvaluator(List<Token> tokens, RustFunction fn, Map<String, Integer> constants,
            List<RustFunction> functions, int depth) {
        this.t = tokens;
        this.fn = fn;
        this.constants = constants;
        this.functions = functions;
        this.depth = depth;
    }

    /** The values of the expression in tokens {@code [from, to)}. */
    SqlValue eval(int from, int to) throws Unresolved {
        if (++depth > DEPTH_LIMIT) {
            throw new Unresolved("the expression is nested too deeply to follow");
        }
        try {
            return evalExpression(from, to);
        } finally {
            depth--;
        }
    }

    private SqlValue evalExpression(int a, int b) throws Unresolved {
        while (a < b && (t.get(a).is("&") || t.get(a).is("*") || t.get(a).is("mut"))) {
            a++;
        }
        if (a >= b) {
            throw new Unresolved("an empty expression");
        }
        List<Integer> starts = Brackets.splitTopLevel(t, a, b, "+");
        if (starts.size() > 1) {
            SqlValue value = null;
            for (int i = 0; i < starts.size(); i++) {
                SqlValue part = eval(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) - 1 : b);
                value = value == null ? part : value.concat(part);
            }
            return value;
        }
        Token first = t.get(a);
        if (first.is("if")) {
            return ifExpression(a, b);
        }
        if (first.is("match")) {
            return matchExpression(a, b);
        }
        if (first.is("{") && Brackets.close(t, a) == b - 1) {
            return block(a);
        }
        if (first.is("(") && Brackets.close(t, a) == b - 1) {
            return eval(a + 1, b - 1);
        }
        int dot = Brackets.lastTopLevel(t, a, b, ".");
        if (dot > a && t.get(dot + 1).kind() == Kind.IDENT && dot + 2 < b && t.get(dot + 2).is("(")) {
            return method(a, dot, b);
        }
        if (b - a == 1 && first.kind() == Kind.STRING) {
            return SqlValue.of(first.text());
        }
        if (b - a == 1 && first.kind() == Kind.IDENT) {
            return variable(first.text(), a);
        }
        if (isMacro(a, "concat") || isMacro(a, "format")) {
            List<int[]> args = Brackets.arguments(t, a + 2);
            return first.is("format") ? FormatString.expand(this, t, args, fn) : concatenation(args);
        }
        if (isPath(a, "String", "from") || isPath(a, "String", "new")) {
            List<int[]> args = Brackets.arguments(t, a + 3);
            return args.isEmpty() ? SqlValue.of("") : eval(args.get(0)[0], args.get(0)[1]);
        }
        if (isMacro(a, "vec") || first.is("[")) {
            int open = first.is("[") ? a : a + 2;
            SqlValue list = SqlValue.of("");
            for (int[] arg : Brackets.arguments(t, open)) {
                list = list.concat(SqlValue.of(ELEMENT)).concat(eval(arg[0], arg[1]));
            }
            return list;
        }
        if (isPath(a, "Vec", "new") || isPath(a, "Vec", "with_capacity")) {
            return SqlValue.of("");
        }
        if (isPath(a, "SqlQueryBuilder", "new")) {
            return QueryBuilderModel.start(this, t, a);
        }
        throw new Unresolved("`" + text(a, b) + "` is not a string the source spells out");
    }

    private SqlValue method(int a, int dot, int b) throws Unresolved {
        String name = t.get(dot + 1).text();
        if (IDENTITY.contains(name) || name.equals("push_str")) {
            return eval(a, dot);
        }
        if (name.equals("join")) {
            List<int[]> args = Brackets.arguments(t, dot + 2);
            SqlValue separators = eval(args.get(0)[0], args.get(0)[1]);
            List<SqlValue.Variant> out = new ArrayList<>();
            for (SqlValue.Variant list : eval(a, dot).variants()) {
                for (SqlValue.Variant sep : separators.variants()) {
                    String text = list.text().startsWith(ELEMENT) ? list.text().substring(1) : list.text();
                    out.add(new SqlValue.Variant(text.replace(ELEMENT, sep.text()), list.conditions()));
                }
            }
            return new SqlValue(out);
        }
        if (QueryBuilderModel.METHODS.contains(name)) {
            return QueryBuilderModel.apply(this, t, eval(a, dot), name, dot + 2);
        }
        throw new Unresolved("the method ." + name + "() on `" + text(a, dot) + "` is not followed");
    }

    private SqlValue concatenation(List<int[]> args) throws Unresolved {
        SqlValue value = SqlValue.of("");
        for (int[] arg : args) {
            value = value.concat(eval(arg[0], arg[1]));
        }
        return value;
    }

    private SqlValue block(int open) throws Unresolved {
        int close = Brackets.close(t, open);
        List<Integer> semis = Brackets.splitTopLevel(t, open + 1, close, ";");
        int tail = semis.get(semis.size() - 1);
        if (tail >= close) {
            throw new Unresolved("a block at line " + t.get(open).line() + " ends without a value");
        }
        return eval(tail, close);
    }

    private SqlValue ifExpression(int a, int b) throws Unresolved {
        int open = Brackets.nextTopLevel(t, a + 1, b, "{");
        String condition = Conditions.label(t, a + 1, open);
        int close = Brackets.close(t, open);
        SqlValue value = block(open).when(condition);
        if (close + 1 < b && t.get(close + 1).is("else")) {
            return value.or(eval(close + 2, b).when(Conditions.negate(condition)));
        }
        throw new Unresolved("an if without else at line " + t.get(a).line());
    }

    private SqlValue matchExpression(int a, int b) throws Unresolved {
        int open = Brackets.nextTopLevel(t, a + 1, b, "{");
        int close = Brackets.close(t, open);
        SqlValue value = null;
        int p = open + 1;
        while (p < close) {
            int arrow = Brackets.nextTopLevel(t, p, close, "=>");
            if (arrow < 0) {
                break;
            }
            String pattern = Conditions.label(t, p, arrow);
            int end = t.get(arrow + 1).is("{") ? Brackets.close(t, arrow + 1) + 1
                    : Math.max(arrow + 2, nextOrEnd(arrow + 1, close));
            SqlValue arm = eval(arrow + 1, end).when(pattern);
            value = value == null ? arm : value.or(arm);
            p = end < close && t.get(end).is(",") ? end + 1 : end;
        }
        if (value == null) {
            throw new Unresolved("a match with no arms at line " + t.get(a).line());
        }
        return value;
    }

    private int nextOrEnd(int from, int end) {
        int comma = Brackets.nextTopLevel(t, from, end, ",");
        return comma < 0 ? end : comma;
    }

    /** The value of variable {@code name} where token {@code at} reads it. */
    SqlValue variable(String name, int at) throws Unresolved {
        int let = LocalVariables.lastLet(t, fn, name, at);
        if (let < 0) {
            Integer constant = constants.get(name);
            if (constant != null) {
                return eval(constant, Brackets.nextTopLevel(t, constant, t.size(), ";"));
            }
            if (fn.parameters().contains(name)) {
                return fromCallers(name);
            }
            throw new Unresolved("`" + name + "` is not a local string");
        }
        int eq = Brackets.nextTopLevel(t, let, at, "=");
        int semi = Brackets.nextTopLevel(t, eq, t.size(), ";");
        if (eq < 0 || semi < 0 || semi > at) {
            throw new Unresolved("`" + name + "` at line " + t.get(let).line() + " has no value");
        }
        SqlValue value = eval(eq + 1, semi);
        return LocalVariables.applyMutations(this, t, name, let, semi, at, value);
    }

    /**
     * A parameter's values: the arguments of the calls of its function in this file ({@code f(...)},
     * {@code self.f(...)}, {@code Self::f(...)}), each evaluated where it is written.
     */
    private SqlValue fromCallers(String name) throws Unresolved {
        int index = fn.parameters().indexOf(name);
        SqlValue value = null;
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!t.get(i).is(fn.name()) || !t.get(i + 1).is("(") || t.get(i - 1).is("fn")) {
                continue;
            }
            RustFunction caller = RustFunction.enclosing(functions, i);
            List<int[]> args = Brackets.arguments(t, i + 1);
            if (caller == null || index >= args.size()) {
                continue;
            }
            SqlValue arg = new StringEvaluator(t, caller, constants, functions, depth + 1)
                    .eval(args.get(index)[0], args.get(index)[1]);
            for (SqlValue.Variant v : arg.variants()) {
                String label = v.text().length() <= 30 ? name + " " + v.text() : "from " + caller.name();
                SqlValue one = new SqlValue(List.of(v)).when(label);
                value = value == null ? one : value.or(one);
            }
        }
        if (value == null) {
            throw new Unresolved("`" + name + "` is a parameter of " + fn.name() + " and no call in this file "
                    + "gives it");
        }
        return value;
    }

    String text(int a, int b) {
        StringBuilder s = new StringBuilder();
        for (int i = a; i < b && i < t.size(); i++) {
            s.append(i > a ? " " : "").append(t.get(i).kind() == Kind.STRING ? "\"...\"" : t.get(i).text());
        }
        return s.length() > 60 ? s.substring(0, 57) + "..." : s.toString();
    }

    private boolean isMacro(int a, String name) {
        return t.get(a).is(name) && a + 2 < t.size() && t.get(a + 1).is("!");
    }

    private boolean isPath(int a, String type, String method) {
        while (a + 2 < t.size() && t.get(a + 1).is("::") && (t.get(a).is("super") || t.get(a).is("crate")
                || t.get(a).is("self") || Character.isLowerCase(t.get(a).text().charAt(0)))) {
            a += 2; // super::, crate::, module:: prefixes
        }
        return t.get(a).is(type) && a + 3 < t.size() && t.get(a + 1).is("::") && t.get(a + 2).is(method)
                && t.get(a + 3).is("(");
    }
}
