package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.CatalogStatement.Expectations;
import io.github.torcindex.analyzer.CatalogStatement.IndexExpectation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workload: named SQL statements with expectations, read from a catalog file (format in docs/analyzer.md).
 * The built-in catalog covers the seed document's six query-pattern groups and Torc's hot writes.
 *
 * @param source where the catalog came from, for messages
 * @param statements the statements, in file order
 */
public record QueryCatalog(String source, List<CatalogStatement> statements) {

    /** The class-path location of the built-in catalog. */
    public static final String BUILT_IN = "io/github/torcindex/analyzer/torc-queries.sql";

    private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*([a-z-]+)\\s*(?::\\s*(.*))?$");
    private static final Pattern EXPECT = Pattern.compile(
            "^level\\s+(\\d+)\\s+(\\w+)\\s*\\(([\\w\\s,]+)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL = Pattern.compile("^level\\s+(\\d+)$", Pattern.CASE_INSENSITIVE);

    /** Copies the statements. */
    public QueryCatalog {
        statements = List.copyOf(statements);
    }

    /** The built-in catalog. */
    public static QueryCatalog builtIn() {
        try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the class path");
            }
            return parse("built-in catalog", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + BUILT_IN, e);
        }
    }

    /**
     * Reads a catalog file.
     *
     * @throws TorcIndexException with {@link ErrorCode#BAD_INPUT_FILE} if the file is missing, unreadable or
     *     malformed (the message names the file and line)
     */
    public static QueryCatalog read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No query file at " + absolute + ": "
                    + (Files.isDirectory(absolute) ? "it is a directory." : "the file does not exist."));
        }
        try {
            return parse(absolute.toString(), Files.readString(absolute, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the query file " + absolute
                    + ": it is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the query file " + absolute + ": "
                    + e.getMessage(), e);
        }
    }

    /** Parses catalog text; {@code source} names it in error messages. */
    public static QueryCatalog parse(String source, String text) {
        List<CatalogStatement> statements = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Builder current = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (current == null || current.sql.length() == 0) {
                Matcher d = DIRECTIVE.matcher(line);
                if (d.matches() && (d.group(2) != null || d.group(1).equals("write"))) {
                    String key = d.group(1);
                    String value = d.group(2) == null ? "" : d.group(2).strip();
                    if (key.equals("name")) {
                        if (current != null) {
                            throw error(source, current.line, "statement " + current.name + " has no SQL");
                        }
                        if (value.isEmpty() || !names.add(value)) {
                            throw error(source, lineNo, value.isEmpty() ? "a statement needs a name"
                                    : "duplicate statement name '" + value + "'");
                        }
                        current = new Builder(value, lineNo);
                        continue;
                    }
                    if (current == null) {
                        continue; // a comment before the first statement that happens to look like a directive
                    }
                    current.directive(source, lineNo, key, value);
                    continue;
                }
                if (line.isEmpty() || line.startsWith("--")) {
                    continue;
                }
                if (current == null) {
                    throw error(source, lineNo, "SQL before any '-- name:' line: " + abbreviate(line));
                }
            }
            if (line.startsWith("--") && current.sql.length() > 0) {
                continue;
            }
            current.sql.append(current.sql.length() == 0 ? "" : "\n").append(lines[i].stripTrailing());
            if (line.endsWith(";")) {
                CatalogStatement statement = current.build();
                int second = SqlText.secondStatement(statement.sql());
                if (second >= 0) {
                    throw error(source, current.line, "statement " + current.name + " holds more than one SQL "
                            + "statement (the second starts with '" + abbreviate(statement.sql().substring(second))
                            + "'); give each its own '-- name:' line");
                }
                statements.add(statement);
                current = null;
            }
        }
        if (current != null) {
            throw error(source, current.line, current.sql.length() == 0 ? "statement " + current.name
                    + " has no SQL" : "statement " + current.name + " does not end with ';'");
        }
        if (statements.isEmpty()) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "The query file " + source + " holds no "
                    + "statements. Each needs a '-- name: NAME' line, then SQL ending with ';'.");
        }
        return new QueryCatalog(source, statements);
    }

    /** The statement with this name, if any. */
    public Optional<CatalogStatement> byName(String name) {
        return statements.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static TorcIndexException error(String source, int line, String message) {
        return new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "The query file " + source + ", line " + line + ": "
                + message + ". See docs/analyzer.md for the format.");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static final class Builder {
        final String name;
        final int line;
        final StringBuilder sql = new StringBuilder();
        String group = "";
        final List<IndexExpectation> indexes = new ArrayList<>();
        OptionalInt order = OptionalInt.empty();
        final Set<String> allowScan = new HashSet<>();
        final Map<String, String> samplers = new LinkedHashMap<>();
        boolean write;

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void directive(String source, int lineNo, String key, String value) {
            switch (key) {
                case "group" -> group = value;
                case "write" -> write = true;
                case "allow-scan" -> Arrays.stream(value.split(",")).map(String::strip)
                        .map(s -> s.toLowerCase(Locale.ROOT)).forEach(allowScan::add);
                case "expect" -> {
                    Matcher m = EXPECT.matcher(value);
                    if (!m.matches()) {
                        throw error(source, lineNo, "expected 'expect: level N table(column, ...)', got '"
                                + value + "'");
                    }
                    indexes.add(new IndexExpectation(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT),
                            Arrays.stream(m.group(3).split(",")).map(String::strip)
                                    .map(s -> s.toLowerCase(Locale.ROOT)).toList()));
                }
                case "expect-order" -> {
                    Matcher m = LEVEL.matcher(value);
                    if (!m.matches()) {
                        throw error(source, lineNo, "expected 'expect-order: level N', got '" + value + "'");
                    }
                    order = OptionalInt.of(Integer.parseInt(m.group(1)));
                }
                case "param" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw error(source, lineNo, "expected 'param: name = SELECT ... | value', got '" + value
                                + "'");
                    }
                    samplers.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                }
                default -> throw error(source, lineNo, "unknown directive '" + key + "' (known: name, group, "
                        + "expect, expect-order, allow-scan, param, write)");
            }
        }

        CatalogStatement build() {
            String text = sql.toString().strip();
            text = text.substring(0, text.length() - 1).strip();
            return new CatalogStatement(name, group, text, new Expectations(indexes, order, allowScan), samplers,
                    write);
        }
    }
}
