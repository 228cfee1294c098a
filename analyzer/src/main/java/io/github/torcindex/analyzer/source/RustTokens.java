package io.github.torcindex.analyzer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a Rust source file, as far as SQL extraction needs them: identifiers, string literals (plain,
 * raw {@code r#"..."#}, byte; escapes and line continuations decoded), numbers and punctuation, each with its
 * line. Comments (line, block, nested) are dropped; char literals and lifetimes are told apart.
 */
final class RustTokens {

    /** What a token is. */
    enum Kind { IDENT, STRING, NUMBER, PUNCT }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text the identifier, the decoded string value, the number or the punctuation ({@code ::} and
     *     {@code =>} are one token)
     * @param line its 1-based line
     */
    record Token(Kind kind, String text, int line) {

        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private final List<Token> out = new ArrayList<>();

    private RustTokens(String src) {
        this.src = src;
    }

    static List<Token> of(String source) {
        RustTokens lexer = new RustTokens(source);
        lexer.run();
        return List.copyOf(lexer.out);
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                blockComment();
            } else if (c == '"') {
                int start = line;
                pos++;
                out.add(new Token(Kind.STRING, quoted(), start));
            } else if ((c == 'r' || c == 'b') && rawOrByteString()) {
                continue;
            } else if (c == '\'') {
                charOrLifetime();
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                    pos++;
                }
                out.add(new Token(Kind.IDENT, src.substring(start, pos), line));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                out.add(new Token(Kind.NUMBER, src.substring(start, pos), line));
            } else if (src.startsWith("::", pos) || src.startsWith("=>", pos) || src.startsWith("+=", pos)
                    || src.startsWith("==", pos) || src.startsWith("!=", pos)) {
                out.add(new Token(Kind.PUNCT, src.substring(pos, pos + 2), line));
                pos += 2;
            } else {
                out.add(new Token(Kind.PUNCT, String.valueOf(c), line));
                pos++;
            }
        }
    }

    private void blockComment() {
        int depth = 0;
        do {
            if (src.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                if (src.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        } while (depth > 0 && pos < src.length());
    }

    /** At r or b: a raw string ({@code r"..."}, {@code r#"..."#}, {@code br"..."}) or a byte string. */
    private boolean rawOrByteString() {
        int p = pos;
        if (src.charAt(p) == 'b') {
            p++;
            if (p < src.length() && src.charAt(p) == '"') {
                int start = line;
                pos = p + 1;
                out.add(new Token(Kind.STRING, quoted(), start));
                return true;
            }
        }
        if (p >= src.length() || src.charAt(p) != 'r') {
            return false;
        }
        p++;
        int hashes = 0;
        while (p < src.length() && src.charAt(p) == '#') {
            hashes++;
            p++;
        }
        if (p >= src.length() || src.charAt(p) != '"') {
            return false;
        }
        String close = "\"" + "#".repeat(hashes);
        int end = src.indexOf(close, p + 1);
        if (end < 0) {
            end = src.length();
        }
        String value = src.substring(p + 1, end);
        out.add(new Token(Kind.STRING, value, line));
        line += (int) value.chars().filter(ch -> ch == '\n').count();
        pos = Math.min(src.length(), end + close.length());
        return true;
    }

    /** After the opening quote of a plain string: its decoded value. */
    private String quoted() {
        StringBuilder value = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c == '\n') {
                line++;
            }
            if (c != '\\' || pos >= src.length()) {
                value.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case '0' -> value.append('\0');
                case 'x' -> {
                    value.append((char) Integer.parseInt(src.substring(pos, Math.min(pos + 2, src.length())), 16));
                    pos += 2;
                }
                case 'u' -> {
                    int close = src.indexOf('}', pos);
                    value.appendCodePoint(Integer.parseInt(src.substring(pos + 1, close), 16));
                    pos = close + 1;
                }
                case '\n' -> {
                    // A line continuation: the newline and the next line's leading whitespace are not part of it.
                    line++;
                    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                        if (src.charAt(pos) == '\n') {
                            line++;
                        }
                        pos++;
                    }
                }
                default -> value.append(e);
            }
        }
        return value.toString();
    }

    /** At a single quote: a char literal ('a', '\n', '\'') is a one-character string; a lifetime ('a) is dropped. */
    private void charOrLifetime() {
        if (pos + 2 < src.length() && src.charAt(pos + 1) == '\\') {
            int close = src.indexOf('\'', pos + 3);
            char e = src.charAt(pos + 2);
            String value = switch (e) {
                case 'n' -> "\n";
                case 't' -> "\t";
                default -> String.valueOf(e);
            };
            out.add(new Token(Kind.STRING, value, line));
            pos = close < 0 ? src.length() : close + 1;
        } else if (pos + 2 < src.length() && src.charAt(pos + 2) == '\'') {
            out.add(new Token(Kind.STRING, String.valueOf(src.charAt(pos + 1)), line));
            pos += 3;
        } else {
            pos++;
            while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                pos++;
            }
        }
    }
}
