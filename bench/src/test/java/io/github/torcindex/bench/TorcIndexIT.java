package io.github.torcindex.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.analyzer.AdviceReport;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.indexer.ApplyOptions;
import io.github.torcindex.indexer.ApplyReport;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.StatusReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade as the README shows it, on a real generated database. */
class TorcIndexIT {

    @TempDir
    Path dir;

    @Test
    void theReadmesJavaExampleRunsAsWritten() {
        TorcIndex torcIndex = TorcIndex.load();
        Path db = torcIndex.generate(dir.resolve("torc.db"), new GeneratorOptions(3, 2_000, 42), false,
                GenerationProgress.NONE).database();

        StatusReport status = torcIndex.status(db, TorcIndex.DEFAULT_BUSY_TIMEOUT);
        MigrationReport up = torcIndex.migrate(new MigrateOptions(db, 3, false, true, false,
                TorcIndex.DEFAULT_BUSY_TIMEOUT));
        AdviceReport advice = torcIndex.advise(new AdviseOptions(db, Workload.BUILT_IN, 1_000,
                TorcIndex.DEFAULT_BUSY_TIMEOUT));
        Path changelog = torcIndex.writeChangelog(advice, dir.resolve("advice.xml"));
        ApplyReport applied = torcIndex.apply(new ApplyOptions(db, changelog, false, false, true,
                TorcIndex.DEFAULT_BUSY_TIMEOUT, false));

        assertThat(status.level()).isZero();
        assertThat(up.levelAfter()).isEqualTo(3);
        assertThat(up.facts().backup()).isPresent();
        assertThat(changelog).exists();
        assertThat(applied.changeSets()).hasSizeGreaterThanOrEqualTo(advice.additions().size());
        assertThat(torcIndex.status(db, TorcIndex.DEFAULT_BUSY_TIMEOUT).problems()).isEmpty();
    }

    @Test
    void failuresCarryTheExitCodeTheCommandLineUses() {
        assertThatThrownBy(() -> TorcIndex.load().status(dir.resolve("nope.db"), TorcIndex.DEFAULT_BUSY_TIMEOUT))
                .isInstanceOfSatisfying(TorcIndexException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_MISSING);
                    assertThat(e.code().exitCode()).isEqualTo(3);
                })
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("nope.db")).doesNotExist();
    }
}
