package io.github.torcindex.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement sqlx's query logger reported (target {@code sqlx::query}), read from a line of tracing's text
 * format or its JSON format, or from the single message of older sqlx versions and of the {@code log} bridge
 * ({@code "SELECT ...; rows affected: 0, rows returned: 1, elapsed: 1.2ms\n\nSQL"}).
 *
 * @param sql the statement: {@code db.statement}, or {@code summary} when sqlx left the statement empty
 *     because the summary is the whole statement
 * @param seconds how long it ran ({@code elapsed_secs}, else {@code elapsed} read with its unit)
 * @param rowsReturned rows it returned
 * @param line the log line it starts on
 */
record QueryLogEvent(String sql, double seconds, long rowsReturned, int line) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern FIELD = Pattern.compile("(?<![\\w.])([A-Za-z_][\\w.]*)=");
    private static final Pattern MESSAGE = Pattern.compile(
            "(?s)(.*?); rows affected: (\\d+), rows returned: (\\d+), elapsed: (\\S+)(?:\\s*\\n\\n(.*))?");
    private static final Pattern DURATION = Pattern.compile("([0-9.]+)\\s*(ns|µs|us|ms|s)");

    /** Whether a log line (ANSI colours removed) is a {@code sqlx::query} event. */
    static boolean isQueryEvent(String line) {
        return line.contains("sqlx::query");
    }

    static String plain(String line) {
        return ANSI.matcher(line).replaceAll("");
    }

    /** The event in {@code text} (a whole JSON object, or a text line and its continuation lines), if any. */
    static Optional<QueryLogEvent> parse(String text, int line) {
        String t = plain(text).strip();
        if (t.startsWith("{")) {
            return json(t, line);
        }
        int target = t.indexOf("sqlx::query");
        if (target < 0) {
            return Optional.empty();
        }
        String rest = t.substring(target + "sqlx::query".length());
        String summary = null;
        String statement = null;
        String elapsed = null;
        Double seconds = null;
        long returned = 0;
        Matcher m = FIELD.matcher(rest);
        int from = 0;
        while (m.find(from)) {
            String key = m.group(1);
            int valueStart = m.end();
            String value;
            int end;
            if (valueStart < rest.length() && rest.charAt(valueStart) == '"') {
                StringBuilder v = new StringBuilder();
                end = unescape(rest, valueStart + 1, v);
                value = v.toString();
            } else {
                end = valueStart;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                value = rest.substring(valueStart, end);
            }
            switch (key) {
                case "summary" -> summary = value;
                case "db.statement" -> statement = value;
                case "elapsed" -> elapsed = value;
                case "elapsed_secs" -> seconds = number(value);
                case "rows_returned" -> returned = (long) Optional.ofNullable(number(value)).orElse(0.0).doubleValue();
                default -> {
                }
            }
            from = Math.max(end, m.end());
        }
        if (summary == null) {
            return message(rest.replaceFirst("^[^A-Za-z(]*", ""), line);
        }
        return event(summary, statement, seconds, elapsed, returned, line);
    }

    private static Optional<QueryLogEvent> json(String t, int line) {
        try {
            JsonNode node = JSON.readTree(t);
            if (!"sqlx::query".equals(node.path("target").asText())) {
                return Optional.empty();
            }
            JsonNode f = node.path("fields");
            if (!f.has("summary")) {
                return message(f.path("message").asText(""), line);
            }
            return event(f.path("summary").asText(), f.path("db.statement").asText(""),
                    f.has("elapsed_secs") ? f.get("elapsed_secs").asDouble() : null, f.path("elapsed").asText(null),
                    f.path("rows_returned").asLong(0), line);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<QueryLogEvent> message(String message, int line) {
        Matcher m = MESSAGE.matcher(message.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return event(m.group(1), m.group(5), null, m.group(4), Long.parseLong(m.group(3)), line);
    }

    private static Optional<QueryLogEvent> event(String summary, String statement, Double seconds, String elapsed,
            long returned, int line) {
        String sql = statement != null && !statement.isBlank() ? statement.strip()
                : summary.replaceFirst("\\s*…$", "").strip();
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        double s = seconds != null ? seconds : elapsed == null ? 0 : duration(elapsed);
        return Optional.of(new QueryLogEvent(sql, s, returned, line));
    }

    /** Reads a Rust {@code Debug} string after its opening quote into {@code out}; returns the offset after it. */
    private static int unescape(String s, int i, StringBuilder out) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\' || i >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'u' -> {
                    int close = s.indexOf('}', i);
                    if (close > i + 1 && s.charAt(i) == '{') {
                        out.appendCodePoint(Integer.parseInt(s.substring(i + 1, close), 16));
                        i = close + 1;
                    }
                }
                default -> out.append(e);
            }
        }
        return i;
    }

    private static Double number(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A Rust {@code Duration} as {@code Debug} prints it ({@code 1.234567ms}, {@code 12µs}, {@code 2.5s}). */
    static double duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.find()) {
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ns" -> v / 1e9;
            case "µs", "us" -> v / 1e6;
            case "ms" -> v / 1e3;
            default -> v;
        };
    }
}
