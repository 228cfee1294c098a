package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A function of a Rust file with a body.
 *
 * @param name its name
 * @param parameters the names of its parameters, in order, without {@code self}
 * @param open the token index of its body's {@code {}
 * @param close the token index of its body's closing brace
 */
record RustFunction(String name, List<String> parameters, int open, int close) {

    RustFunction {
        parameters = List.copyOf(parameters);
    }

    /** The functions of a file (trait declarations without a body are left out). */
    static List<RustFunction> all(List<Token> t) {
        List<RustFunction> out = new ArrayList<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.get(i).is("fn") || t.get(i + 1).kind() != RustTokens.Kind.IDENT) {
                continue;
            }
            int paren = i + 2;
            while (paren < t.size() && !t.get(paren).is("(")) {
                paren++;
            }
            if (paren >= t.size()) {
                break;
            }
            int paramsClose = Brackets.close(t, paren);
            List<String> parameters = new ArrayList<>();
            for (int[] arg : Brackets.arguments(t, paren)) {
                int colon = Brackets.nextTopLevel(t, arg[0], arg[1], ":");
                if (colon > arg[0] && !t.get(colon - 1).is("self")) {
                    parameters.add(t.get(colon - 1).text());
                }
            }
            int body = paramsClose + 1;
            while (body < t.size() && !t.get(body).is("{") && !t.get(body).is(";")) {
                body++;
            }
            if (body < t.size() && t.get(body).is("{")) {
                out.add(new RustFunction(t.get(i + 1).text(), parameters, body, Brackets.close(t, body)));
            }
        }
        return out;
    }

    /** The innermost function whose body holds token {@code at}, if any. */
    static RustFunction enclosing(List<RustFunction> functions, int at) {
        RustFunction best = null;
        for (RustFunction f : functions) {
            if (f.open() < at && at < f.close() && (best == null || f.open() > best.open())) {
                best = f;
            }
        }
        return best;
    }
}
