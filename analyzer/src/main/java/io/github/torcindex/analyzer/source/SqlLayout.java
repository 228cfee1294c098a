package io.github.torcindex.analyzer.source;

import java.util.ArrayList;
import java.util.List;

/** Lays out extracted SQL for a catalog: common indentation removed, blank edges and a final {@code ;} dropped. */
final class SqlLayout {

    private SqlLayout() {
    }

    static String tidy(String sql) {
        List<String> lines = new ArrayList<>(List.of(sql.replace("\r", "").split("\n", -1)));
        lines.replaceAll(String::stripTrailing);
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        // The first line's indentation is the literal's: lines of the literal keep their indentation relative
        // to it, and text appended at run time (" WHERE ...") starts at the left.
        int indent = lines.isEmpty() ? 0 : lines.get(0).length() - lines.get(0).stripLeading().length();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int own = line.length() - line.stripLeading().length();
            out.append(i > 0 ? "\n" : "").append(line.isBlank() ? "" : line.substring(Math.min(indent, own)));
        }
        String text = out.toString().strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }
}
