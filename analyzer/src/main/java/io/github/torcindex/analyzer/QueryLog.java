package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A workload read from Torc's server log: every statement sqlx's query logger reported (target
 * {@code sqlx::query}; run the server with {@code RUST_LOG=sqlx::query=debug}), in tracing's text format or
 * its JSON format ({@code --json-logs}), or the one-message form of older sqlx. Executions of one statement are
 * counted together (see {@link StatementShape}): a literal that differs between executions becomes a parameter,
 * one that never does stays. Each statement's weight is its execution count; its total and mean time are kept.
 * A statement that is also in {@code known} (Torc's built-in catalog) takes that statement's name and source.
 * The file is read line by line, never whole.
 */
public final class QueryLog {

    private static final Pattern RECORD_START = Pattern.compile(
            "^\\s*(\\{|\\[|\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}:\\d{2}|(TRACE|DEBUG|INFO|WARN|ERROR)\\b)");

    private QueryLog() {
    }

    private static final class Group {
        final QueryLogEvent first;
        final StatementShape shape;
        final boolean[] varies;
        final List<String> fixed;
        boolean lengthsDiffer;
        long count;
        double seconds;
        long rows;

        Group(QueryLogEvent first, StatementShape shape) {
            this.first = first;
            this.shape = shape;
            this.varies = new boolean[shape.literals().size()];
            this.fixed = outsideLists(shape);
        }

        /** The literals outside lists: the ones that can stay when lists differ in length between executions. */
        static List<String> outsideLists(StatementShape s) {
            return s.literals().stream().filter(l -> !l.inList()).map(StatementShape.Literal::text).toList();
        }

        void add(QueryLogEvent e, StatementShape s) {
            count++;
            seconds += e.seconds();
            rows += e.rowsReturned();
            if (s.literals().size() != varies.length) {
                lengthsDiffer = true;
                List<String> other = outsideLists(s);
                int k = 0;
                for (int i = 0; i < varies.length; i++) {
                    if (!shape.literals().get(i).inList()) {
                        varies[i] |= k >= other.size() || !other.get(k).equals(fixed.get(k));
                        k++;
                    }
                }
                return;
            }
            for (int i = 0; i < varies.length; i++) {
                varies[i] |= !s.literals().get(i).text().equals(shape.literals().get(i).text());
            }
        }
    }

    /**
     * Reads the log at {@code file}.
     *
     * @throws TorcIndexException with {@link ErrorCode#BAD_INPUT_FILE} if it is missing, not text, or holds no
     *     sqlx query events
     */
    public static QueryCatalog read(Path file, QueryCatalog known) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No query log at " + absolute + ": "
                    + (Files.isDirectory(absolute) ? "it is a directory." : "the file does not exist."));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        int events = 0;
        try (BufferedReader in = Files.newBufferedReader(absolute, StandardCharsets.UTF_8)) {
            StringBuilder pending = null;
            int pendingLine = 0;
            int lineNo = 0;
            for (String line = in.readLine(); ; line = in.readLine()) {
                lineNo++;
                boolean starts = line == null || RECORD_START.matcher(QueryLogEvent.plain(line)).find();
                if (pending != null && (starts || line == null)) {
                    Optional<QueryLogEvent> e = QueryLogEvent.parse(pending.toString(), pendingLine);
                    if (e.isPresent()) {
                        events++;
                        StatementShape shape = StatementShape.of(e.get().sql());
                        groups.computeIfAbsent(shape.key(), k -> new Group(e.get(), shape)).add(e.get(), shape);
                    }
                    pending = null;
                }
                if (line == null) {
                    break;
                }
                if (QueryLogEvent.isQueryEvent(line) && (starts || pending == null)) {
                    pending = new StringBuilder(line);
                    pendingLine = lineNo;
                } else if (pending != null) {
                    pending.append('\n').append(line); // the SQL of the one-message form spans lines
                }
            }
        } catch (CharacterCodingException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the query log " + absolute
                    + ": it is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the query log " + absolute + ": "
                    + e.getMessage(), e);
        }
        if (events == 0) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "The query log " + absolute + " holds no "
                    + "sqlx::query events. Run Torc's server with RUST_LOG=sqlx::query=debug (text or --json-logs) "
                    + "and give its log file.");
        }
        return new QueryCatalog(absolute.toString(), statements(groups, known, absolute.getFileName().toString()));
    }

    private static List<CatalogStatement> statements(Map<String, Group> groups, QueryCatalog known, String file) {
        Map<String, CatalogStatement> byKey = new HashMap<>();
        for (CatalogStatement s : known.statements()) {
            byKey.putIfAbsent(StatementShape.of(s.sql()).key(), s);
        }
        List<CatalogStatement> out = new ArrayList<>();
        for (Group g : groups.values()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < g.varies.length; i++) {
                if (g.varies[i] || (g.lengthsDiffer && g.shape.literals().get(i).inList())) {
                    positions.add(i);
                }
            }
            String sql = g.shape.withParameters(positions);
            CatalogStatement match = byKey.get(g.shape.key());
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("weight", Long.toString(g.count));
            metadata.put("executions", Long.toString(g.count));
            metadata.put("total-ms", String.format(Locale.ROOT, "%.3f", g.seconds * 1e3));
            metadata.put("mean-ms", String.format(Locale.ROOT, "%.3f", g.seconds * 1e3 / g.count));
            metadata.put("mean-rows-returned", String.format(Locale.ROOT, "%.1f", (double) g.rows / g.count));
            metadata.put("log-line", Integer.toString(g.first.line()));
            String name = file + ":" + g.first.line();
            if (match != null) {
                name = match.name();
                match.metadata().forEach(metadata::putIfAbsent);
            }
            String keyword = sql.strip().split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
            boolean write = match != null ? match.write() : List.of("INSERT", "UPDATE", "DELETE", "REPLACE")
                    .contains(keyword);
            out.add(new CatalogStatement(name, match != null ? match.group() : "log", sql,
                    match != null ? match.expectations() : new CatalogStatement.Expectations(List.of(),
                            java.util.OptionalInt.empty(), java.util.Set.of()),
                    match != null ? match.samplers() : Map.of(), write, metadata));
        }
        return out;
    }
}
