package io.github.torcindex.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL file into statements the way SQLite's own shell does: a statement ends at a semicolon outside
 * string literals ({@code '...'}), quoted identifiers ({@code "..."}, {@code `...`}, {@code [...]}), comments
 * ({@code --} to the end of the line, {@code /* ... *}{@code /}) and the body of a {@code CREATE TRIGGER}
 * (which ends at {@code END;}). The block of comment lines right above a statement (no blank line between) is
 * kept apart: it may hold catalog directives ({@code -- name: ...}). A commented-out statement is a comment.
 */
final class SqlScript {

    /**
     * One statement of a script.
     *
     * @param sql the statement's text, without the semicolon that ends it (comments inside it kept)
     * @param line the 1-based line its first token is on
     * @param comments the {@code --} comment lines between the previous statement and this one, stripped
     * @param commentLines the line of each of those comments
     */
    record Piece(String sql, int line, List<String> comments, List<Integer> commentLines) {
        Piece {
            comments = List.copyOf(comments);
            commentLines = List.copyOf(commentLines);
        }
    }

    private SqlScript() {
    }

    /** The statements of {@code text}, and as the last piece (with empty SQL) the comments after the last one. */
    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        split(text, pieces::add);
        return pieces;
    }

    /**
     * The statements of {@code text} handed to {@code out} one at a time, as {@link #split(String)} lists them:
     * a file of hundreds of thousands of statements is never held as pieces all at once.
     */
    static void split(String text, java.util.function.Consumer<Piece> out) {
        List<String> comments = new ArrayList<>();
        List<Integer> commentLines = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        int line = 1;
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                if (start < 0) {
                    // A blank line ends a comment block: only the block right above a statement is its own.
                    if (!commentLines.isEmpty() && line > commentLines.get(commentLines.size() - 1) + 1) {
                        comments.clear();
                        commentLines.clear();
                    }
                    comments.add(text.substring(i, end).strip());
                    commentLines.add(line);
                } else {
                    sql.append(text, i, end);
                }
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end);
                if (start >= 0) {
                    sql.append(text, i, end);
                }
                i = end;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = i + 1;
                while (end < n) {
                    if (text.charAt(end) == close) {
                        // A doubled quote inside a literal is the quote itself ('it''s').
                        if (close != ']' && end + 1 < n && text.charAt(end + 1) == close) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(n, end + 1);
                if (start < 0) {
                    start = begin(line, comments, commentLines);
                }
                line += count(text, i, end);
                sql.append(text, i, end);
                i = end;
                continue;
            }
            if (c == ';' && start >= 0 && !insideTrigger(sql)) {
                out.accept(new Piece(sql.toString().strip(), start, comments, commentLines));
                sql.setLength(0);
                comments.clear();
                commentLines.clear();
                start = -1;
                i++;
                continue;
            }
            if (c == ';') {
                if (start >= 0) {
                    sql.append(c);
                }
                i++;
                continue;
            }
            if (!Character.isWhitespace(c) && start < 0) {
                start = begin(line, comments, commentLines);
            }
            if (start >= 0) {
                sql.append(c);
            }
            i++;
        }
        if (start >= 0) {
            out.accept(new Piece(sql.toString().strip(), start, comments, commentLines));
            comments.clear();
            commentLines.clear();
        }
        out.accept(new Piece("", line, comments, commentLines));
    }

    /**
     * A statement starts on {@code line}: the comment block above it is its own only if no blank line lies
     * between (a {@code -- name:} above a commented-out statement names nothing).
     */
    private static int begin(int line, List<String> comments, List<Integer> commentLines) {
        if (!commentLines.isEmpty() && line > commentLines.get(commentLines.size() - 1) + 1) {
            comments.clear();
            commentLines.clear();
        }
        return line;
    }

    /** Whether {@code sql} so far is a CREATE TRIGGER whose body has not reached its END. */
    private static boolean insideTrigger(StringBuilder sql) {
        String words = sql.toString().strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!words.matches("^CREATE (TEMP |TEMPORARY )?TRIGGER\\b.*")) {
            return false;
        }
        return !words.matches("(?s).*\\bEND$");
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
