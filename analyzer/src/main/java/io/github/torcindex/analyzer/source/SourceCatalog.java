package io.github.torcindex.analyzer.source;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog of every SQL statement a Torc source tree's server sends, extracted by {@link TorcSourceReader}
 * and checked by SQLite: each statement is prepared (never run) on an empty database of the tree's Torc schema;
 * a variant of a dynamic statement that SQLite can't prepare (branches that don't go together) is left out,
 * and so are statements that are not queries (transaction control). What is left out is listed with the reason.
 *
 * @param root the source tree
 * @param torcVersion the version in the tree's {@code Cargo.toml}, or {@code unknown}
 * @param commit the tree's git commit, if it is a git work tree
 * @param schema the Torc schema the statements were prepared on ({@code init --torc-version} name)
 * @param callSites how many sqlx calls the tree has outside tests
 * @param statements the extracted statements, checked, in file order
 * @param leftOut what could not be extracted or was left out, and why
 */
public record SourceCatalog(Path root, String torcVersion, Optional<String> commit, String schema, int callSites,
        List<SourceStatement> statements, List<NotExtracted> leftOut) {

    private static final Pattern VERSION = Pattern.compile("(?m)^version\\s*=\\s*\"([^\"]+)\"");
    private static final Set<String> NOT_QUERIES = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
            "RELEASE", "PRAGMA");

    /** Copies the lists. */
    public SourceCatalog {
        statements = List.copyOf(statements);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * Extracts the statements of the Torc source tree at {@code root}.
     *
     * @param schema the Torc schema to check them on, or empty for the one matching the tree's version
     * @throws TorcIndexException with {@link ErrorCode#BAD_INPUT_FILE} if {@code root} is not a folder with
     *     Rust files
     */
    public static SourceCatalog extract(Path root, Optional<TorcSchemaVersion.Init> schema) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No source tree at " + dir + ": "
                    + (Files.exists(dir) ? "it is a file, not a folder." : "the folder does not exist."));
        }
        TorcSourceReader reader = TorcSourceReader.read(dir);
        if (reader.callSites() == 0) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "The folder " + dir + " has no sqlx calls "
                    + "(sqlx::query!, sqlx::query(...), ...) outside tests: give the root of a Torc source tree.");
        }
        String version = version(dir);
        TorcSchemaVersion.Init init = schema.orElseGet(() -> schemaFor(version));
        List<NotExtracted> leftOut = new ArrayList<>(reader.notExtracted());
        List<SourceStatement> kept = check(reader.statements(), init, leftOut);
        return new SourceCatalog(dir, version, GitHead.commit(dir), init.name(), reader.callSites(), kept, leftOut);
    }

    private static List<SourceStatement> check(List<SourceStatement> all, TorcSchemaVersion.Init init,
            List<NotExtracted> leftOut) {
        Path scratch = null;
        try {
            scratch = Files.createTempFile("torc-index-source-", ".db");
            Files.delete(scratch);
            Map<String, List<SourceStatement>> bySite = new LinkedHashMap<>();
            all.forEach(s -> bySite.computeIfAbsent(s.location(), k -> new ArrayList<>()).add(s));
            List<SourceStatement> kept = new ArrayList<>();
            try (TorcDatabase db = TorcDatabase.create(scratch, init)) {
                for (List<SourceStatement> site : bySite.values()) {
                    SourceStatement first = site.get(0);
                    String keyword = first.sql().split("[\\s(;]+", 2)[0].toUpperCase(Locale.ROOT);
                    if (NOT_QUERIES.contains(keyword)) {
                        leftOut.add(new NotExtracted(first.file(), first.line(), first.function(),
                                "not a query: " + first.sql()));
                        continue;
                    }
                    List<String> errors = new ArrayList<>();
                    List<SourceStatement> ok = new ArrayList<>();
                    for (SourceStatement s : site) {
                        try (PreparedStatement ps = db.connection().prepareStatement(s.sql())) {
                            ok.add(s);
                        } catch (SQLException e) {
                            errors.add(s.conditions().isEmpty() ? e.getMessage()
                                    : "[" + String.join(", ", s.conditions()) + "] " + e.getMessage());
                        }
                    }
                    kept.addAll(ok);
                    if (ok.isEmpty()) {
                        leftOut.add(new NotExtracted(first.file(), first.line(), first.function(), "SQLite can't "
                                + "prepare it on the " + init.name() + " schema: " + errors.get(0)));
                    } else if (!errors.isEmpty()) {
                        leftOut.add(new NotExtracted(first.file(), first.line(), first.function(), errors.size()
                                + " of " + site.size() + " branch combinations don't prepare (branches that don't "
                                + "go together) and are left out"));
                    }
                }
            }
            return kept;
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.INTERNAL, "Cannot create a scratch database to check the "
                    + "extracted statements: " + e.getMessage(), e);
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException e) {
                    scratch.toFile().deleteOnExit();
                }
            }
        }
    }

    /** The version in the tree's {@code Cargo.toml}, or {@code unknown}. */
    static String version(Path root) {
        Path cargo = root.resolve("Cargo.toml");
        try {
            Matcher m = VERSION.matcher(Files.isRegularFile(cargo) ? Files.readString(cargo, StandardCharsets.UTF_8) : "");
            return m.find() ? m.group(1) : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The known Torc schema closest to (not newer than) {@code version}; the newest for unknown ones. */
    static TorcSchemaVersion.Init schemaFor(String version) {
        List<TorcSchemaVersion.Init> torc = TorcSchemaVersion.Init.ALL.stream()
                .filter(i -> !i.equals(TorcSchemaVersion.Init.SEED)).toList();
        TorcSchemaVersion.Init best = torc.get(torc.size() - 1);
        if (!version.matches("\\d+\\.\\d+.*")) {
            return best;
        }
        TorcSchemaVersion.Init chosen = null;
        for (TorcSchemaVersion.Init init : torc) {
            if (compare(init.name().substring(1), version) <= 0) {
                chosen = init;
            }
        }
        return chosen == null ? torc.get(0) : chosen;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i].matches("\\d+") && y[i].matches("\\d+")) {
                int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
                if (c != 0) {
                    return c;
                }
            }
        }
        return 0;
    }

    /** The catalog file (docs/analyzer.md format): a header with the provenance, then one entry per statement. */
    public String catalogText() {
        StringBuilder out = new StringBuilder();
        out.append("-- Torc's SQL statements, extracted from its source by `torc-index catalog --from-source`.\n")
                .append("-- torc-version: ").append(torcVersion).append('\n')
                .append("-- torc-commit: ").append(commit.orElse("unknown (not a git work tree)")).append('\n')
                .append("-- checked-on-schema: ").append(schema).append('\n')
                .append("-- statements: ").append(statements.size()).append(" from ").append(callSites)
                .append(" sqlx calls; ").append(leftOut.size()).append(" calls or variants left out (listed at the end)\n\n");
        for (SourceStatement s : statements) {
            out.append("-- name: ").append(s.name()).append('\n')
                    .append("-- group: ").append(group(s.file())).append('\n')
                    .append("-- source: ").append(s.location()).append(' ').append(s.macro()).append('\n');
            String keyword = s.sql().split("[\\s(;]+", 2)[0].toUpperCase(Locale.ROOT);
            if (Set.of("INSERT", "UPDATE", "DELETE", "REPLACE").contains(keyword)) {
                out.append("-- write\n");
            }
            String last = s.sql().substring(s.sql().lastIndexOf('\n') + 1);
            // A statement ending in a "--" comment gets its ';' on a line of its own, outside the comment.
            out.append(s.sql()).append(last.contains("--") ? "\n;\n\n" : ";\n\n");
        }
        if (!leftOut.isEmpty()) {
            out.append("-- Left out:\n");
            leftOut.forEach(n -> out.append("--   ").append(n.location()).append(' ').append(n.function()).append(": ")
                    .append(n.reason().replace('\n', ' ')).append('\n'));
        }
        return out.toString();
    }

    private static String group(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".rs") ? name.substring(0, name.length() - 3) : name;
    }
}
