package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code unlock}: releases a Liquibase changelog lock left behind by a killed run. */
final class UnlockCommand implements Command {

    @Override
    public String name() {
        return "unlock";
    }

    @Override
    public String summary() {
        return "release a stale Liquibase changelog lock (only when no torc-index run is active)";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase();
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        Path db = CommonOptions.databasePath(line);
        Optional<String> released = TorcIndex.load().unlock(db, CommonOptions.busyTimeout(line));
        out.println(released.map(holder -> "Released the changelog lock of " + db + " (held by " + holder + ").")
                .orElse("The changelog lock of " + db + " was not held; nothing to do."));
        return 0;
    }
}
