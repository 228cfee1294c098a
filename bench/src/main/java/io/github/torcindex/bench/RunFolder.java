package io.github.torcindex.bench;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The result files of a benchmark run in its output folder. A new run into a folder that holds an earlier one
 * first deletes that run's files (and nothing else), so that the report never mixes two runs: a statement the
 * earlier run timed and this one doesn't, or writes this run skipped, would otherwise be reported as this run's.
 */
final class RunFolder {

    /** Every file a run of {@link BenchRunner} or {@link DatabaseBench} writes. */
    private static final Pattern RESULT = Pattern.compile("environment\\.json|plans\\.json|sizes\\.json|verify\\.json"
            + "|statements\\.json|first-timing\\.json|copies\\.json|jmh\\.json|jmh-writes\\.json|jmh\\.log"
            + "|jmh-(reads|writes)-\\d+\\.json");

    private RunFolder() {
    }

    /**
     * Deletes an earlier run's result files in {@code out}, and in its Torc-as-shipped sub-folders (removed when
     * that leaves them empty). Other files stay.
     *
     * @throws TorcIndexException if a file can't be deleted
     */
    static void clear(Path out) {
        try {
            for (Path sub : List.copyOf(list(out))) {
                if (Files.isDirectory(sub) && sub.getFileName().toString().startsWith("shipped-")) {
                    deleteResults(sub);
                    try (DirectoryStream<Path> left = Files.newDirectoryStream(sub)) {
                        if (!left.iterator().hasNext()) {
                            Files.delete(sub);
                        }
                    }
                }
            }
            deleteResults(out);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot remove the earlier run's results from " + out
                    + ": " + e.getMessage(), e);
        }
    }

    private static void deleteResults(Path folder) throws IOException {
        for (Path file : list(folder)) {
            if (Files.isRegularFile(file) && RESULT.matcher(file.getFileName().toString()).matches()) {
                Files.delete(file);
            }
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }
}
