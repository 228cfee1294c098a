package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Token;
import io.github.torcindex.analyzer.source.SqlValue.Unresolved;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code format!}: the template's {@code {}}, {@code {0}}, {@code {name}} and {@code {name:?}} replaced by the
 * values of their arguments. An argument the source doesn't spell out (a number, a list of ids) becomes a
 * {@code ?} parameter where the template puts a value (after an operator, {@code IN (}, {@code LIMIT},
 * {@code OFFSET}, {@code VALUES (} or a comma in parentheses); anywhere else (a table or column name) it
 * leaves the statement unresolved.
 */
final class FormatString {

    private static final Pattern VALUE_POSITION = Pattern.compile(
            "(?is).*(?:[=<>(,]|\\bIN|\\bLIMIT|\\bOFFSET|\\bLIKE|\\bBETWEEN|\\bAND|\\bTHEN|\\bELSE|\\bIS)\\s*$");

    private FormatString() {
    }

    static SqlValue expand(StringEvaluator ev, List<Token> t, List<int[]> args, RustFunction fn) throws Unresolved {
        if (args.isEmpty()) {
            throw new Unresolved("format! without a template");
        }
        String template = ev.eval(args.get(0)[0], args.get(0)[1]).variants().get(0).text();
        List<int[]> positional = new ArrayList<>();
        Map<String, int[]> named = new HashMap<>();
        for (int[] arg : args.subList(1, args.size())) {
            if (arg[1] - arg[0] > 2 && t.get(arg[0] + 1).is("=")) {
                named.put(t.get(arg[0]).text(), new int[] {arg[0] + 2, arg[1]});
            } else {
                positional.add(arg);
            }
        }
        SqlValue value = SqlValue.of("");
        StringBuilder literal = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                literal.append(c);
                i++;
                continue;
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new Unresolved("a format! template with an unclosed '{'");
            }
            String spec = template.substring(i + 1, close);
            String key = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            if (literal.length() > 0 && "$?".indexOf(literal.charAt(literal.length() - 1)) >= 0) {
                // "${}" / "?{}": a numbered parameter whose number the code computes: a plain parameter.
                literal.setLength(literal.length() - 1);
                value = value.concat(SqlValue.of(literal.toString() + "?"));
                literal.setLength(0);
                i = close;
                if (key.isEmpty()) {
                    next++;
                }
                continue;
            }
            value = value.concat(SqlValue.of(literal.toString()));
            value = value.concat(argument(ev, t, key, positional, named, next, args.get(0)[0], value));
            if (key.isEmpty()) {
                next++;
            }
            literal.setLength(0);
            i = close;
        }
        return value.concat(SqlValue.of(literal.toString()));
    }

    private static SqlValue argument(StringEvaluator ev, List<Token> t, String key, List<int[]> positional,
            Map<String, int[]> named, int next, int macroAt, SqlValue before) throws Unresolved {
        try {
            if (key.isEmpty() || key.chars().allMatch(Character::isDigit)) {
                int index = key.isEmpty() ? next : Integer.parseInt(key);
                if (index >= positional.size()) {
                    throw new Unresolved("format! has fewer arguments than placeholders");
                }
                return ev.eval(positional.get(index)[0], positional.get(index)[1]);
            }
            int[] arg = named.get(key);
            return arg != null ? ev.eval(arg[0], arg[1]) : ev.variable(key, macroAt);
        } catch (Unresolved e) {
            String text = before.variants().get(0).text();
            if (VALUE_POSITION.matcher(text).matches()) {
                return SqlValue.of("?");
            }
            throw new Unresolved("a format! placeholder after `" + tail(text) + "` takes a value the source "
                    + "doesn't spell out (" + e.getMessage() + ")");
        }
    }

    private static String tail(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? "the start" : s.length() > 40 ? "..." + s.substring(s.length() - 40) : s;
    }
}
