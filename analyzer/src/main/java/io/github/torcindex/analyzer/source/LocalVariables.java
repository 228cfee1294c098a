package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Token;
import io.github.torcindex.analyzer.source.SqlValue.Unresolved;
import io.github.torcindex.analyzer.source.SqlValue.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local string (and {@code Vec<String>}) variables: where one is declared in scope, and the values it can
 * have after the {@code push_str}, {@code push}, {@code +=} and reassignments between its declaration and a
 * use. A change inside a conditional block makes a variant: the value built along the branches that lead to
 * that change (every unconditional change, and every other change whose conditions are among its own).
 */
final class LocalVariables {

    private LocalVariables() {
    }

    /** The {@code let} token declaring {@code name} that is in scope at {@code at}, or -1. */
    static int lastLet(List<Token> t, RustFunction fn, String name, int at) {
        int depth = 0;
        for (int i = at - 1; i > fn.open(); i--) {
            Token token = t.get(i);
            if (token.is("}")) {
                depth++;
            } else if (token.is("{")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && token.is("let")) {
                int n = t.get(i + 1).is("mut") ? i + 2 : i + 1;
                if (t.get(n).is(name) && (t.get(n + 1).is("=") || t.get(n + 1).is(":"))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private record Change(int at, int from, int to, boolean append, boolean element, List<String> conditions) {
    }

    /**
     * The values of {@code name} at {@code at}, given its value {@code initial} after the declaration that
     * ends at {@code declarationEnd}.
     */
    static SqlValue applyMutations(StringEvaluator ev, List<Token> t, String name, int let, int declarationEnd,
            int at, SqlValue initial) throws Unresolved {
        int afterEq = Brackets.nextTopLevel(t, let, declarationEnd, "=") + 1;
        boolean vec = t.get(afterEq).is("vec") || t.get(afterEq).is("Vec") || t.get(afterEq).is("[");
        List<Change> changes = new ArrayList<>();
        for (int i = declarationEnd + 1; i < at - 1; i++) {
            if (!t.get(i).is(name) || t.get(i - 1).is(".") || t.get(i - 1).is("let") || t.get(i - 1).is("mut")) {
                continue;
            }
            Token next = t.get(i + 1);
            List<String> conditions = Conditions.enclosing(t, declarationEnd, i);
            if (next.is(".") && (t.get(i + 2).is("push_str") || t.get(i + 2).is("push")) && t.get(i + 3).is("(")) {
                int close = Brackets.close(t, i + 3);
                changes.add(new Change(i, i + 4, close, true, vec, conditions));
            } else if (next.is("+=") || next.is("=")) {
                int semi = Brackets.nextTopLevel(t, i + 2, at, ";");
                if (semi < 0) {
                    continue;
                }
                changes.add(new Change(i, i + 2, semi, next.is("+="), false, conditions));
            } else if (next.is(".") && (t.get(i + 2).is("extend") || t.get(i + 2).is("insert_str")
                    || t.get(i + 2).is("insert"))) {
                throw new Unresolved("`" + name + "." + t.get(i + 2).text() + "(...)` at line " + next.line()
                        + " is not followed");
            }
        }
        // The if/else decisions the changes depend on (x and not x both guard a change): a path to a change
        // goes down one side of each that its own conditions leave open (Torc's list_files pushes
        // "workflow_id = ?" in both arms of `if needs_join`, and every filter after it needs one of them).
        List<String> decisions = new ArrayList<>();
        for (Change c : changes) {
            for (String condition : c.conditions()) {
                String negated = Conditions.negate(condition);
                String positive = condition.startsWith("not ") ? negated : condition;
                boolean both = changes.stream().anyMatch(o -> o.conditions().contains(negated));
                if (both && !decisions.contains(positive)) {
                    decisions.add(positive);
                }
            }
        }
        Map<String, Variant> out = new LinkedHashMap<>();
        List<Change> targets = new ArrayList<>();
        targets.add(null);
        changes.stream().filter(c -> !c.conditions().isEmpty()).forEach(targets::add);
        for (Change target : targets) {
            List<String> own = target == null ? List.of() : target.conditions();
            for (List<String> assumed : assumptions(decisions, own)) {
                if (target == null && assumed.isEmpty() && !decisions.isEmpty()) {
                    continue;
                }
                SqlValue value = build(ev, initial, changes, target, assumed);
                for (String condition : own) {
                    value = value.when(condition);
                }
                for (String condition : assumed) {
                    value = value.when(condition);
                }
                for (Variant v : value.variants()) {
                    out.putIfAbsent(v.text(), v);
                }
            }
        }
        return new SqlValue(List.copyOf(out.values()));
    }

    /**
     * Every choice of one side of each decision that {@code own} leaves open (one empty choice when there is
     * none); at most 2^3, beyond that the decisions are left open.
     */
    private static List<List<String>> assumptions(List<String> decisions, List<String> own) {
        List<String> open = decisions.stream().filter(d -> !own.contains(d) && !own.contains(Conditions.negate(d)))
                .toList();
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        if (open.size() > 3) {
            return out;
        }
        for (String d : open) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> a : out) {
                for (String side : List.of(d, Conditions.negate(d))) {
                    List<String> more = new ArrayList<>(a);
                    more.add(side);
                    next.add(more);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * The value along the path to {@code target} (null: the path that takes no conditional change but those the
     * assumed decisions select), taking the side of each decision in {@code assumed}.
     */
    private static SqlValue build(StringEvaluator ev, SqlValue initial, List<Change> changes, Change target,
            List<String> assumed) throws Unresolved {
        SqlValue value = initial;
        for (Change c : changes) {
            List<String> known = new ArrayList<>(assumed);
            if (target != null && c.at() <= target.at()) {
                known.addAll(target.conditions());
            }
            boolean taken = c.conditions().isEmpty() || (!known.isEmpty() && known.containsAll(c.conditions()));
            if (!taken) {
                continue;
            }
            SqlValue arg = ev.eval(c.from(), c.to());
            if (c.element()) {
                arg = SqlValue.of(StringEvaluator.ELEMENT).concat(arg);
            }
            value = c.append() ? value.concat(arg) : arg;
        }
        return value;
    }
}
