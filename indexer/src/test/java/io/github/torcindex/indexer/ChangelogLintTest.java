package io.github.torcindex.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChangelogLintTest {

    /** Every changelog under any module's src/main/resources, found from the repository root. */
    private static List<Path> projectChangelogs(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(p -> p.toString().endsWith(".xml"))
                    .filter(p -> read(p).contains("<databaseChangeLog"))
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noProjectChangelogRebuildsATable() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> changelogs = projectChangelogs(root);
        assertThat(changelogs).extracting(p -> p.getFileName().toString())
                .contains("torc-baseline.xml", "torc-index.xml", "phase-1.xml", "phase-2.xml", "phase-3.xml",
                        "phase-4.xml");

        List<ChangelogLint.Violation> violations = new ArrayList<>();
        for (Path changelog : changelogs) {
            Path resources = resourcesRoot(changelog);
            violations.addAll(ChangelogLint.check(resources,
                    resources.relativize(changelog).toString().replace('\\', '/')));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void refusesAddColumnAndDropColumnEvenInARollback() throws Exception {
        Path resources = Path.of("src/test/resources").toAbsolutePath();

        List<ChangelogLint.Violation> violations = ChangelogLint.check(resources, "lint/rebuilds-a-table.xml");

        assertThat(violations).extracting(ChangelogLint.Violation::changeType, ChangelogLint.Violation::inRollback)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("addColumn", false),
                        org.assertj.core.groups.Tuple.tuple("dropColumn", true));
        assertThat(violations.get(0).toString()).contains("bad-1", "rebuild the table");
    }

    private static Path resourcesRoot(Path changelog) {
        Path p = changelog;
        while (!p.endsWith(Path.of("src", "main", "resources"))) {
            p = p.getParent();
        }
        return p;
    }
}
