package io.github.torcindex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The report's HTML: its Markdown rendered by commonmark-java (GFM tables), inside one page with a style
 * sheet, charts inlined as PNG data so the file stands alone (no network, no side files), rows of slower
 * queries and verdicts coloured.
 */
final class ReportPage {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1500px}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:right}td:first-child,th:first-child{text-align:left}.slow{color:#c00;font-weight:bold}"
            + "pre{background:#f6f6f6;padding:6px;font-size:12px}.HOLDS{color:#080}.DOES_NOT_HOLD{color:#c00}.INCONCLUSIVE{color:#a60}.CONTEXT{color:#666}"
            + ".NOT_APPLICABLE{color:#888}h3 strong{color:#c00}";

    private ReportPage() {
    }

    /** The self-contained HTML page for {@code markdown}, whose images are files in {@code folder}. */
    static String html(String title, String markdown, Path folder) {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> attributes(node, attributes, folder))
                .build();
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title><style>"
                + STYLE + "</style></head><body>\n" + renderer.render(document) + "</body></html>\n";
    }

    private static void attributes(Node node, Map<String, String> attributes, Path folder) {
        if (node instanceof Image image && !image.getDestination().contains(":")) {
            attributes.put("src", inline(folder.resolve(image.getDestination())));
        } else if (node instanceof TableRow row && startsWithSlower(row)) {
            attributes.put("class", "slow");
        } else if (node instanceof TableCell cell && cell.getFirstChild() instanceof Text text) {
            for (BenchReport.Outcome outcome : BenchReport.Outcome.values()) {
                if (text.getLiteral().strip().equals(outcome.label())) {
                    attributes.put("class", outcome.name());
                }
            }
        }
    }

    /** A row whose first cell begins with **SLOWER** (what the Markdown marks a regression with). */
    private static boolean startsWithSlower(TableRow row) {
        Node first = row.getFirstChild() == null ? null : row.getFirstChild().getFirstChild();
        return first instanceof StrongEmphasis strong && strong.getFirstChild() instanceof Text t
                && t.getLiteral().equals(BenchReport.SLOWER);
    }

    private static String inline(Path png) {
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            return png.getFileName().toString();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
