package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Kind;
import io.github.torcindex.analyzer.source.RustTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short labels for the conditions under which code runs ({@code if let Some(s) = status} is {@code status},
 * {@code if !all_runs} is {@code not all_runs}), and the conditions of the blocks enclosing a token.
 */
final class Conditions {

    private static final Set<String> NOISE = Set.of("let", "Some", "None", "Ok", "Err", "is_some", "is_none",
            "is_empty", "unwrap_or", "unwrap_or_default", "unwrap", "as_ref", "as_deref", "clone", "self", "true",
            "false", "mut", "ref", "in", "len", "to_string", "as_str", "contains");

    private Conditions() {
    }

    /** The label of the condition or pattern in tokens {@code [from, to)}. */
    static String label(List<Token> t, int from, int to) {
        int eq = Brackets.nextTopLevel(t, from, to, "=");
        int start = eq >= 0 ? eq + 1 : from;
        boolean negated = t.get(from).is("!");
        List<String> words = new ArrayList<>();
        for (int i = start; i < to; i++) {
            Token token = t.get(i);
            if (token.is("is_none") || token.is("is_empty")) {
                negated = !negated;
            }
            String word = token.kind() == Kind.STRING ? "'" + token.text() + "'" : token.text();
            if ((token.kind() == Kind.IDENT || token.kind() == Kind.STRING || token.kind() == Kind.NUMBER)
                    && !NOISE.contains(word) && !words.contains(word) && words.size() < 3) {
                words.add(word);
            }
            if (token.is("|") || token.is("&&") || token.is("&")) {
                continue;
            }
        }
        String label = words.isEmpty() ? "line " + t.get(from).line() : String.join(".", words);
        if (t.get(from).is("_") && to == from + 1) {
            label = "otherwise";
        }
        return (negated ? "not " : "") + label.toLowerCase(Locale.ROOT).replace("::", ".");
    }

    /**
     * The conditions of the blocks opened in {@code (after, at)} that still enclose token {@code at}: an
     * {@code if} block's condition, {@code not ...} for its {@code else}, a {@code match} arm's pattern, a
     * loop's {@code for ...}. Plain blocks and closures add none.
     */
    static List<String> enclosing(List<Token> t, int after, int at) {
        List<Integer> open = new ArrayList<>();
        for (int i = after + 1; i < at; i++) {
            if (t.get(i).is("{")) {
                open.add(i);
            } else if (t.get(i).is("}") && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int brace : open) {
            String label = ofBlock(t, brace, after);
            if (label != null) {
                labels.add(label);
            }
        }
        return labels;
    }

    /** The condition the block opened at {@code brace} runs under, or null. */
    private static String ofBlock(List<Token> t, int brace, int floor) {
        if (brace > 0 && t.get(brace - 1).is("else")) {
            int previousClose = brace - 2;
            int previousOpen = openOf(t, previousClose);
            String earlier = previousOpen < 0 ? null : ofBlock(t, previousOpen, floor);
            return earlier == null ? "else" : negate(earlier);
        }
        if (brace > 0 && t.get(brace - 1).is("=>")) {
            int start = brace - 2;
            while (start > floor && !t.get(start).is(",") && !t.get(start).is("{") && !t.get(start).is("}")) {
                start--;
            }
            return label(t, start + 1, brace - 1);
        }
        for (int i = brace - 1; i > floor && i > brace - 40; i--) {
            Token token = t.get(i);
            if (token.is(";") || token.is("{") || token.is("}")) {
                return null;
            }
            if (token.is("if")) {
                return label(t, i + 1, brace);
            }
            if (token.is("for") || token.is("while") || token.is("loop")) {
                return "each " + label(t, i + 1, brace);
            }
        }
        return null;
    }

    /** {@code not x} for {@code x}, and {@code x} for {@code not x}. */
    static String negate(String label) {
        return label.startsWith("not ") ? label.substring(4) : "not " + label;
    }

    private static int openOf(List<Token> t, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (t.get(i).is("}")) {
                depth++;
            } else if (t.get(i).is("{")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
