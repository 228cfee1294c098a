package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.CatalogStatement.Expectations;
import io.github.torcindex.analyzer.CatalogStatement.IndexExpectation;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Built in: Torc's own statements per Torc version ({@link #builtInFor}), and the seed document's six
 * query-pattern groups with Torc's hot writes ({@link #builtIn}).
 *
 * @param source where the catalog came from, for messages
 * @param statements the statements, in file order
 */
public record QueryCatalog(String source, List<CatalogStatement> statements) {

    /** The class-path location of the built-in catalog. */
    public static final String BUILT_IN = "io/github/torcindex/analyzer/torc-queries.sql";

    private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*([a-z][a-z0-9_-]*)\\s*(?::\\s*(.*))?$");
    private static final Pattern EXPECT = Pattern.compile(
            "^level\\s+(\\d+)\\s+(\\w+)\\s*\\(([\\w\\s,]+)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL = Pattern.compile("^level\\s+(\\d+)$", Pattern.CASE_INSENSITIVE);

    /** Copies the statements. */
    public QueryCatalog {
        statements = List.copyOf(statements);
    }

    /**
     * The catalogs of Torc's own statements, extracted from its source by {@code catalog --from-source} (header:
     * Torc version and commit), by the known schema they were checked on.
     */
    static final Map<String, String> TORC_STATEMENTS = Map.of(
            "v0.12.0", "io/github/torcindex/analyzer/torc-v0.12.0-queries.sql",
            "v0.25.1", "io/github/torcindex/analyzer/torc-v0.25.1-queries.sql");

    /** The seed's query patterns: the statements the seed document's claims and the benchmarks are about. */
    public static QueryCatalog builtIn() {
        return resource(BUILT_IN, "built-in catalog (the seed's query patterns)");
    }

    /**
     * The built-in workload for a database: Torc's own statements of its version (the newest torc-index has
     * for a newer Torc), or the seed's query patterns for a seed-baseline database.
     */
    public static QueryCatalog builtInFor(TorcSchemaVersion version) {
        if (version.newestMigration().isEmpty()) {
            return builtIn();
        }
        String known = TorcSchemaVersion.KNOWN.stream().filter(k -> version.newerThanKnown()
                || k.newestMigration() >= version.newestMigration().get()).map(TorcSchemaVersion.Known::name)
                .reduce((a, b) -> version.newerThanKnown() ? b : a).orElse(TorcSchemaVersion.KNOWN.get(0).name());
        String path = TORC_STATEMENTS.get(known);
        return path == null ? builtIn() : resource(path, "built-in catalog of Torc " + known + "'s statements");
    }

    private static QueryCatalog resource(String path, String name) {
        try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + path, e);
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

    /**
     * Parses a SQL file; {@code source} names it in messages. Statements are split as SQLite splits them; the
     * comment lines before each may hold directives ({@code -- name:}, {@code -- expect:}, ...: see
     * docs/analyzer.md); any other {@code -- key: value} line is kept as metadata. A statement without a
     * {@code -- name:} is named {@code FILE:LINE}.
     */
    public static QueryCatalog parse(String source, String text) {
        List<CatalogStatement> statements = new ArrayList<>();
        Set<String> names = new HashSet<>();
        // One String per distinct SQL text: a generated or logged file repeats a few statements many times.
        Map<String, String> texts = new HashMap<>();
        String file = fileName(source);
        SqlScript.split(text, piece -> add(piece, source, file, statements, names, texts));
        if (statements.isEmpty()) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "The query file " + source + " holds no "
                    + "statements: only comments, or nothing. Give SQL statements ending with ';' (a '-- name: "
                    + "NAME' line before one names it).");
        }
        return new QueryCatalog(source, statements);
    }

    private static void add(SqlScript.Piece piece, String source, String file, List<CatalogStatement> statements,
            Set<String> names, Map<String, String> texts) {
        Builder current = null;
        for (int k = 0; k < piece.comments().size(); k++) {
            Matcher d = DIRECTIVE.matcher(piece.comments().get(k));
            int lineNo = piece.commentLines().get(k);
            if (!d.matches() || (d.group(2) == null && !d.group(1).equals("write"))) {
                continue; // a plain comment, or a commented-out statement
            }
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
            } else {
                if (current == null) {
                    current = new Builder(null, lineNo);
                }
                current.directive(source, lineNo, key, value);
            }
        }
        if (piece.sql().isEmpty()) {
            if (current != null && current.name != null) {
                throw error(source, current.line, "statement " + current.name + " has no SQL");
            }
            return;
        }
        if (current == null) {
            current = new Builder(null, piece.line());
        }
        if (current.name == null) {
            String name = file + ":" + piece.line();
            names.add(name);
            current = current.named(name);
        }
        current.sql.append(piece.sql());
        statements.add(current.build(texts));
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }

    /**
     * The statements with duplicate SQL (the same text, spacing aside) merged: each distinct statement once, in
     * file order, named by its first name, with the others' names ({@link CatalogStatement#alsoNamed()}) and
     * their weights summed. Verify and advise plan each distinct statement once.
     */
    public List<CatalogStatement> distinct() {
        Map<String, List<CatalogStatement>> bySql = new LinkedHashMap<>();
        // The same text is the same String (parse shares them): normalise each once.
        Map<String, String> normalised = new java.util.IdentityHashMap<>();
        for (CatalogStatement s : statements) {
            bySql.computeIfAbsent(normalised.computeIfAbsent(s.sql(), t -> t.replaceAll("\\s+", " ").strip()),
                    k -> new ArrayList<>()).add(s);
        }
        return bySql.values().stream().map(l -> l.get(0).mergedWith(l.subList(1, l.size()))).toList();
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

    private static final Expectations NO_EXPECTATIONS = new Expectations(List.of(), OptionalInt.empty(), Set.of());

    private static final class Builder {
        String name;
        final int line;
        final StringBuilder sql = new StringBuilder();
        String group = "";
        final List<IndexExpectation> indexes = new ArrayList<>();
        OptionalInt order = OptionalInt.empty();
        final Set<String> allowScan = new HashSet<>();
        final Map<String, String> samplers = new LinkedHashMap<>();
        boolean write;
        final Map<String, String> metadata = new LinkedHashMap<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Builder named(String given) {
            name = given;
            return this;
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
                case "weight" -> {
                    double w;
                    try {
                        w = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        w = -1;
                    }
                    if (!(w > 0) || Double.isInfinite(w)) {
                        throw error(source, lineNo, "expected 'weight: N' with N a positive number, got '" + value
                                + "'");
                    }
                    metadata.put("weight", value);
                }
                case "param" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw error(source, lineNo, "expected 'param: name = SELECT ... | value', got '" + value
                                + "'");
                    }
                    samplers.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                }
                // Anything else (endpoint:, params:, a note) is the user's: kept and shown, never an error.
                default -> metadata.put(key, value);
            }
        }

        CatalogStatement build(Map<String, String> texts) {
            String text = sql.toString().strip();
            return new CatalogStatement(name, group, texts.computeIfAbsent(text, t -> t), indexes.isEmpty()
                    && order.isEmpty() && allowScan.isEmpty() ? NO_EXPECTATIONS : new Expectations(indexes, order,
                    allowScan), samplers, write, metadata);
        }
    }
}
