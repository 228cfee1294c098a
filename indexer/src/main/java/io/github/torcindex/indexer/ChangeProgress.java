package io.github.torcindex.indexer;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Where a running migrate, rollback or apply reports each changeset as it finishes (phase, index or table,
 * elapsed), so that a long run shows its progress rather than only its summary at the end. One sink at a time,
 * set by the front end for the duration of a run.
 */
public final class ChangeProgress {

    private static volatile Consumer<String> sink;

    private ChangeProgress() {
    }

    /** Sends progress lines to {@code lines} until the returned handle is closed. */
    public static AutoCloseable to(Consumer<String> lines) {
        sink = lines;
        return () -> sink = null;
    }

    /** A changeset finished: {@code id} from {@code file} (phase-N.xml or an advice changelog). */
    static void finished(String verb, String file, String id, long nanos) {
        Consumer<String> s = sink;
        if (s == null || id.matches("level-\\d+")) {
            return; // the level markers are bookkeeping, not work
        }
        String phase = file != null && file.matches(".*phase-\\d\\.xml") ? "phase " + file.replaceAll(".*phase-(\\d)\\.xml",
                "$1") : "advice";
        String what = id.matches("phase-4-analyze-.+") ? "ANALYZE " + id.substring("phase-4-analyze-".length())
                : id.equals("phase-4-optimize") ? "PRAGMA optimize"
                : id.startsWith("advice-analyze-") ? "ANALYZE " + id.substring("advice-analyze-".length())
                : id.startsWith("advice-") ? id.substring("advice-".length()) : id;
        s.accept(String.format(Locale.ROOT, "  %-12s %-8s %-60s %7.2f s", verb, phase, what, nanos / 1e9));
    }
}
