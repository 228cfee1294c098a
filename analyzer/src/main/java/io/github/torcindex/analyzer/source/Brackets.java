package io.github.torcindex.analyzer.source;

import io.github.torcindex.analyzer.source.RustTokens.Kind;
import io.github.torcindex.analyzer.source.RustTokens.Token;
import java.util.ArrayList;
import java.util.List;

/** Finding matching brackets and top-level separators in a token list (strings are never brackets). */
final class Brackets {

    private Brackets() {
    }

    private static int delta(Token token) {
        if (token.kind() != Kind.PUNCT) {
            return 0;
        }
        return switch (token.text()) {
            case "(", "[", "{" -> 1;
            case ")", "]", "}" -> -1;
            default -> 0;
        };
    }

    /** The index of the bracket closing the one at {@code open}, or the last index if it never closes. */
    static int close(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            depth += delta(t.get(i));
            if (depth == 0) {
                return i;
            }
        }
        return t.size() - 1;
    }

    /** The comma-separated arguments inside the bracket at {@code open}, as {@code [from, to)} ranges. */
    static List<int[]> arguments(List<Token> t, int open) {
        List<int[]> args = new ArrayList<>();
        if (open >= t.size() || delta(t.get(open)) != 1) {
            return args;
        }
        int close = close(t, open);
        List<Integer> starts = splitTopLevel(t, open + 1, close, ",");
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : close;
            if (end > starts.get(i)) {
                args.add(new int[] {starts.get(i), end});
            }
        }
        return args;
    }

    /**
     * The start of each piece of {@code [from, to)} split at top-level {@code separator} tokens: the first is
     * {@code from}, each other is the index after a separator (equal to {@code to} when the range ends with one).
     */
    static List<Integer> splitTopLevel(List<Token> t, int from, int to, String separator) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token token = t.get(i);
            depth += delta(token);
            if (depth == 0 && token.is(separator)) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The first top-level {@code text} token in {@code [from, to)}, or -1. */
    static int nextTopLevel(List<Token> t, int from, int to, String text) {
        int depth = 0;
        for (int i = from; i < to && i < t.size(); i++) {
            Token token = t.get(i);
            if (depth == 0 && token.is(text)) {
                return i;
            }
            depth += delta(token);
            if (depth < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The last top-level {@code text} token in {@code [from, to)}, or -1. */
    static int lastTopLevel(List<Token> t, int from, int to, String text) {
        int depth = 0;
        int found = -1;
        for (int i = from; i < to; i++) {
            Token token = t.get(i);
            if (depth == 0 && token.is(text)) {
                found = i;
            }
            depth += delta(token);
        }
        return found;
    }
}
