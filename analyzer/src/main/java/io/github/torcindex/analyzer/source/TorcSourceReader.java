package io.github.torcindex.analyzer.source;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.source.RustTokens.Kind;
import io.github.torcindex.analyzer.source.RustTokens.Token;
import io.github.torcindex.analyzer.source.SqlValue.Unresolved;
import io.github.torcindex.analyzer.source.SqlValue.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the SQL statements of a Rust source tree: every call of sqlx's {@code query!}, {@code query_as!},
 * {@code query_scalar!} (and their {@code _unchecked} forms), {@code query}, {@code query_as},
 * {@code query_scalar}, {@code raw_sql}, with the SQL written as a literal or built in the function (see
 * {@link StringEvaluator}). Test code ({@code tests/}, {@code benches/}, {@code examples/},
 * {@code #[cfg(test)]} modules) and build output ({@code target/}) are not read.
 */
final class TorcSourceReader {

    private static final Set<String> CALLS = Set.of("query", "query_as", "query_scalar", "query_unchecked",
            "query_as_unchecked", "query_scalar_unchecked", "query_with", "query_as_with", "query_scalar_with",
            "raw_sql");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "tests", "benches", "examples", ".git",
            "node_modules");

    private final Path root;
    private final List<SourceStatement> statements = new ArrayList<>();
    private final List<NotExtracted> notExtracted = new ArrayList<>();
    private final Set<String> names = new java.util.HashSet<>();
    private int callSites;

    private TorcSourceReader(Path root) {
        this.root = root;
    }

    /** The statements of every {@code .rs} file under {@code root}, in path order. */
    static TorcSourceReader read(Path root) {
        TorcSourceReader reader = new TorcSourceReader(root);
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> rust = files.filter(p -> p.toString().endsWith(".rs") && Files.isRegularFile(p))
                    .filter(p -> root.relativize(p).getNameCount() == 1 || !skipped(root.relativize(p)))
                    .sorted().toList();
            for (Path file : rust) {
                reader.file(file);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the source tree " + root + ": "
                    + e.getMessage(), e);
        }
        return reader;
    }

    private static boolean skipped(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED_FOLDERS.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    List<SourceStatement> statements() {
        return List.copyOf(statements);
    }

    List<NotExtracted> notExtracted() {
        return List.copyOf(notExtracted);
    }

    int callSites() {
        return callSites;
    }

    private void file(Path file) throws IOException {
        String relative = root.relativize(file).toString().replace('\\', '/');
        List<Token> t = RustTokens.of(Files.readString(file, StandardCharsets.UTF_8));
        List<RustFunction> functions = RustFunction.all(t);
        List<int[]> testModules = testModules(t);
        Map<String, Integer> constants = constants(t);
        Map<String, Integer> sitesPerFunction = new HashMap<>();
        for (int i = 0; i + 3 < t.size(); i++) {
            if (!t.get(i).is("sqlx") || !t.get(i + 1).is("::") || !CALLS.contains(t.get(i + 2).text())
                    || inside(testModules, i)) {
                continue;
            }
            int p = i + 3;
            boolean macro = t.get(p).is("!");
            if (macro) {
                p++;
            }
            if (t.get(p).is("::") && t.get(p + 1).is("<")) {
                p = turbofishEnd(t, p + 1);
            }
            if (!t.get(p).is("(")) {
                continue;
            }
            callSites++;
            RustFunction fn = RustFunction.enclosing(functions, i);
            String function = fn == null ? "(file level)" : fn.name();
            int site = sitesPerFunction.merge(function, 1, Integer::sum);
            String name = relative + ":" + function + (site > 1 ? "#" + site : "");
            String call = t.get(i + 2).text() + (macro ? "!" : "");
            List<int[]> args = Brackets.arguments(t, p);
            int sqlArg = macro && t.get(i + 2).text().startsWith("query_as") ? 1 : 0;
            int line = t.get(i).line();
            if (fn == null || args.size() <= sqlArg) {
                notExtracted.add(new NotExtracted(relative, line, function, fn == null
                        ? "the call is outside a function" : "the call has no SQL argument"));
                continue;
            }
            try {
                SqlValue value = new StringEvaluator(t, fn, constants, functions).eval(args.get(sqlArg)[0], args.get(sqlArg)[1]);
                add(name, relative, line, function, call, value);
            } catch (Unresolved e) {
                notExtracted.add(new NotExtracted(relative, line, function, e.getMessage()));
            }
        }
    }

    private void add(String name, String file, int line, String function, String call, SqlValue value) {
        Map<String, Variant> distinct = new LinkedHashMap<>();
        for (Variant v : value.variants()) {
            if (!contradictory(v.conditions())) {
                distinct.putIfAbsent(SqlLayout.tidy(v.text()), v);
            }
        }
        boolean single = distinct.size() == 1;
        for (Map.Entry<String, Variant> e : distinct.entrySet()) {
            List<String> conditions = e.getValue().conditions();
            String variant = single || conditions.isEmpty() ? "" : "[" + String.join(", ", conditions) + "]";
            String unique = name + variant;
            for (int n = 2; !names.add(unique); n++) {
                unique = name + variant + "(" + n + ")";
            }
            statements.add(new SourceStatement(unique, file, line, function, call, e.getKey(),
                    single ? List.of() : conditions));
        }
    }

    /** Whether a variant took both a branch and its {@code else}. */
    private static boolean contradictory(List<String> conditions) {
        return conditions.stream().anyMatch(c -> conditions.contains("not " + c));
    }

    private static int turbofishEnd(List<Token> t, int lt) {
        int depth = 0;
        for (int i = lt; i < t.size(); i++) {
            if (t.get(i).is("<")) {
                depth++;
            } else if (t.get(i).is(">")) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return t.size() - 1;
    }

    /** {@code #[cfg(test)] mod x { ... }} ranges. */
    private static List<int[]> testModules(List<Token> t) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 7 < t.size(); i++) {
            if (t.get(i).is("#") && t.get(i + 1).is("[") && t.get(i + 2).is("cfg") && t.get(i + 3).is("(")
                    && t.get(i + 4).is("test") && t.get(i + 5).is(")") && t.get(i + 6).is("]")) {
                int j = i + 7;
                while (j < t.size() && (t.get(j).is("pub") || t.get(j).is("mod") || t.get(j).kind() == Kind.IDENT)
                        && !t.get(j).is("fn")) {
                    j++;
                }
                if (j < t.size() && t.get(j).is("{") && t.get(j - 2).is("mod")) {
                    out.add(new int[] {j, Brackets.close(t, j)});
                }
            }
        }
        return out;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(r -> r[0] < at && at < r[1]);
    }

    /** File-level {@code const NAME: &str = VALUE;}: the name and the index of the value's first token. */
    private static Map<String, Integer> constants(List<Token> t) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 3 < t.size(); i++) {
            if ((t.get(i).is("const") || t.get(i).is("static")) && t.get(i + 1).kind() == Kind.IDENT
                    && t.get(i + 2).is(":")) {
                int eq = Brackets.nextTopLevel(t, i + 3, t.size(), "=");
                if (eq > 0) {
                    out.putIfAbsent(t.get(i + 1).text(), eq + 1);
                }
            }
        }
        return out;
    }
}
