package io.github.torcindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new run into a folder deletes the earlier run's results, and only those. */
class RunFolderTest {

    @TempDir
    Path dir;

    @Test
    void deletesAnEarlierRunsResultsAndNothingElse() throws Exception {
        for (String f : new String[] {"environment.json", "jmh.json", "jmh-writes.json", "jmh.log", "jmh-reads-7.json",
            "jmh-writes-12.json", "statements.json", "notes.txt", "jmh-reads-x.json"}) {
            Files.writeString(dir.resolve(f), "{}");
        }
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.writeString(report.resolve("report.md"), "# mine");
        Path shipped = Files.createDirectories(dir.resolve("shipped-v0.12.0-w20"));
        Files.writeString(shipped.resolve("environment.json"), "{}");
        Files.writeString(shipped.resolve("jmh-reads-3.json"), "[]");
        Path shippedKept = Files.createDirectories(dir.resolve("shipped-v0.25.1-w20"));
        Files.writeString(shippedKept.resolve("copies.json"), "{}");
        Files.writeString(shippedKept.resolve("my-notes.md"), "keep");

        RunFolder.clear(dir);

        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt",
                    "jmh-reads-x.json", "report", "shipped-v0.25.1-w20");
        }
        assertThat(report.resolve("report.md")).hasContent("# mine");
        assertThat(shipped).doesNotExist();
        try (var left = Files.list(shippedKept)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("my-notes.md");
        }
    }
}
