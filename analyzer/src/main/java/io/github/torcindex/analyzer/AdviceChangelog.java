package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import liquibase.Labels;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.precondition.core.SqlPrecondition;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The advisor's proposals as a Liquibase changelog a DBA can review, commit and apply like torc-index's own
 * phases: one {@code <sql>} changeset per index with its rollback, skipped (MARK_RAN) if an index of that name
 * exists, then one {@code ANALYZE} per table the advice indexes (runAlways, each its own short write
 * transaction), because the advisor judged the proposals with the statistics ANALYZE writes. Only standard Liquibase elements, so the stock {@code liquibase} command runs
 * it as well.
 */
public final class AdviceChangelog {

    private static final String NAMESPACE = "http://www.liquibase.org/xml/ns/dbchangelog";

    /** The author of every changeset, so that the advice's history rows are told apart from the phases'. */
    public static final String AUTHOR = "torc-index-advise";

    private AdviceChangelog() {
    }

    /** The logical file path recorded in DATABASECHANGELOG, whatever the file is called or wherever it lies. */
    static final String LOGICAL_PATH = "torc-index-advice.xml";

    /**
     * The changelog for {@code report}'s proposals, written by Liquibase's own XML serializer (so ids, SQL and
     * comments are escaped as Liquibase reads them back).
     */
    public static String xml(AdviceReport report) {
        List<ChangeSet> changeSets = new ArrayList<>();
        DatabaseChangeLog log = new DatabaseChangeLog(LOGICAL_PATH);
        for (ProposedIndex a : report.additions()) {
            String served = a.proofs().stream().map(ProposedIndex.PlanChange::statement)
                    .collect(Collectors.joining(", "));
            ChangeSet c = changeSet("advice-" + a.name(), false, log);
            SqlPrecondition absent = new SqlPrecondition();
            absent.setExpectedResult("0");
            absent.setSql("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" + a.name() + "'");
            PreconditionContainer preconditions = new PreconditionContainer();
            preconditions.setOnFail(PreconditionContainer.FailOption.MARK_RAN);
            preconditions.addNestedPrecondition(absent);
            c.setPreconditions(preconditions);
            c.setComments("Serves " + served + (a.needsStatistics() ? ". Needs ANALYZE afterwards (below): without "
                    + "statistics it slows " + a.regressions().stream().map(ProposedIndex.PlanChange::statement)
                            .collect(Collectors.joining(", ")) : "") + ".");
            c.addChange(new RawSQLChange(a.createSql()));
            c.addRollbackChange(new RawSQLChange("DROP INDEX IF EXISTS " + a.name()));
            changeSets.add(c);
        }
        // Statistics for every table of the workload: the advisor judged its proposals (and its ANALYZE-only
        // repairs) as the planner sees them after ANALYZE, and without statistics SQLite may prefer a new index
        // where an old one was better, or keep a bad join order (Torc's list_results).
        Set<String> analyze = new LinkedHashSet<>(report.analyze());
        report.additions().forEach(a -> analyze.add(a.definition().table()));
        report.repairs().forEach(r -> analyze.addAll(r.tables()));
        if (report.additions().isEmpty() && report.repairs().isEmpty()) {
            analyze.clear();
        }
        for (String table : analyze) {
            ChangeSet c = changeSet("advice-analyze-" + table, true, log);
            c.setComments("Statistics for the planner: the advice above was judged with them.");
            c.addChange(new RawSQLChange("ANALYZE \"" + table + "\""));
            c.addRollbackChange(new EmptyChange());
            changeSets.add(c);
        }
        return serialize(changeSets, "Written by torc-index advise for " + report.database() + " and the workload "
                + report.catalog() + ". Review it before applying (torc-index apply); every index below was proven "
                + "in a scratch copy of the schema, see the advise report for the plans.");
    }

    private static ChangeSet changeSet(String id, boolean runAlways, DatabaseChangeLog log) {
        ChangeSet c = new ChangeSet(id, AUTHOR, runAlways, false, LOGICAL_PATH, null, null, log);
        c.setLabels(new Labels("advice"));
        return c;
    }

    /** The changesets under a root that carries the logical file path and a comment, as indented XML. */
    private static String serialize(List<ChangeSet> changeSets, String comment) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            XMLChangeLogSerializer serializer = new XMLChangeLogSerializer();
            serializer.setCurrentChangeLogFileDOM(document);
            Element root = document.createElementNS(NAMESPACE, "databaseChangeLog");
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi",
                    "http://www.w3.org/2001/XMLSchema-instance");
            root.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation",
                    NAMESPACE + " " + NAMESPACE + "/dbchangelog-4.33.xsd");
            root.setAttribute("logicalFilePath", LOGICAL_PATH);
            document.appendChild(root);
            root.appendChild(document.createComment(" " + comment.replace("--", "- -") + " "));
            for (ChangeSet c : changeSets) {
                Element node = serializer.createNode(c);
                // The serializer writes <comment> before <preConditions>; the 4.33 XSD wants it the other way.
                NodeList preconditions = node.getElementsByTagNameNS(NAMESPACE, "preConditions");
                if (preconditions.getLength() > 0) {
                    node.insertBefore(preconditions.item(0), node.getFirstChild());
                }
                root.appendChild(node);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString() + System.lineSeparator();
        } catch (Exception e) {
            throw new TorcIndexException(ErrorCode.INTERNAL, "Could not write the advice as a changelog: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes the changelog to a new file.
     *
     * @throws TorcIndexException if the file exists, its folder is missing or read-only, or it can't be written
     */
    public static Path write(AdviceReport report, Path file) {
        return NewTextFile.write(file, xml(report), "changelog", "advice.xml");
    }

    /**
     * Checks, before any analysis runs, that a changelog can be written to {@code file}.
     *
     * @return the absolute path
     * @throws TorcIndexException if the file exists or is a folder, or its folder is missing or read-only
     */
    public static Path checkTarget(Path file) {
        return NewTextFile.check(file, "changelog", "advice.xml");
    }
}
