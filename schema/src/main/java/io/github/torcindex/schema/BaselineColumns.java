package io.github.torcindex.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/**
 * The columns of every Torc table, read once from the baseline changelog itself (its CREATE TABLE and
 * ALTER TABLE ... ADD COLUMN statements), so that recognising a Torc database repeats nothing.
 */
final class BaselineColumns {

    private static final Pattern CREATE = Pattern.compile("(?is)CREATE TABLE (\\w+) \\((.*)\\)\\s*$");
    private static final Pattern ADD = Pattern.compile("(?i)ALTER TABLE (\\w+) ADD COLUMN (\\w+)");
    private static final Map<String, List<String>> COLUMNS = read();

    private BaselineColumns() {
    }

    /** Table name to its column names, lower case. */
    static Map<String, List<String>> all() {
        return COLUMNS;
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = BaselineColumns.class.getClassLoader().getResourceAsStream(TorcDatabase.BASELINE_CHANGELOG)) {
            if (in == null) {
                throw new IllegalStateException(TorcDatabase.BASELINE_CHANGELOG + " is missing from the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList changeSets = factory.newDocumentBuilder().parse(in).getElementsByTagName("changeSet");
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (int i = 0; i < changeSets.getLength(); i++) {
                // The first <sql> of a changeset is the change; later ones are its rollback.
                String sql = ((org.w3c.dom.Element) changeSets.item(i)).getElementsByTagName("sql").item(0)
                        .getTextContent();
                Matcher create = CREATE.matcher(sql.strip());
                if (create.matches()) {
                    columns.put(create.group(1).toLowerCase(Locale.ROOT), columnsOf(create.group(2)));
                }
                Matcher add = ADD.matcher(sql);
                while (add.find()) {
                    columns.get(add.group(1).toLowerCase(Locale.ROOT)).add(add.group(2).toLowerCase(Locale.ROOT));
                }
            }
            columns.replaceAll((t, c) -> List.copyOf(c));
            return Map.copyOf(columns);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read " + TorcDatabase.BASELINE_CHANGELOG, e);
        }
    }

    private static List<String> columnsOf(String body) {
        List<String> columns = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char ch : (body + ",").toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                String first = part.toString().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (!List.of("primary", "unique", "constraint", "foreign", "check").contains(first)) {
                    columns.add(first);
                }
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        return columns;
    }
}
