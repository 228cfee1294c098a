package io.github.torcindex.generator;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ByteSize;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds synthetic Torc databases: W workflows of J jobs each, deterministic for a seed, with every table the
 * seed document's queries touch filled consistently (a staged DAG, files and user data along its edges,
 * statuses that match each workflow's state, results, events, compute nodes). See docs/generator.md.
 */
public final class WorkflowGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowGenerator.class);

    /**
     * The system property that turns staging off ({@code -Dtorc-index.stage-tables=false}): every row of a new
     * database is then inserted by one thread, as before staging existed (for comparing the two, docs/generator.md).
     */
    public static final String STAGE_TABLES_PROPERTY = "torc-index.stage-tables";

    /** Bytes a generated database takes per job, measured (docs/generator.md), with a safety margin. */
    static final long BYTES_PER_JOB = 2_000;

    private WorkflowGenerator() {
    }

    /**
     * Creates a new database at {@code out}: the Torc baseline plus the generated workflows. The file appears
     * only when complete: it is built as {@code out.partial} beside it and renamed at the end.
     *
     * @param force replace {@code out} if it exists
     * @throws TorcIndexException if {@code out} exists (without force), its folder is missing or read-only, or
     *     the estimated size does not fit on the disk; nothing is left behind
     */
    public static GenerationReport create(Path out, GeneratorOptions options, boolean force,
            GenerationProgress progress) {
        return create(out, TorcSchemaVersion.Init.SEED, options, force, progress);
    }

    /**
     * Creates a new database at {@code out} holding the schema of a Torc version ({@code init --torc-version})
     * and the generated workflows; otherwise as {@link #create(Path, GeneratorOptions, boolean,
     * GenerationProgress)}.
     *
     * @throws TorcIndexException as that method does
     */
    public static GenerationReport create(Path out, TorcSchemaVersion.Init schema, GeneratorOptions options,
            boolean force, GenerationProgress progress) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        Path target = TorcDatabase.checkNewFile(out, force, "a database");
        requireSpace(target.getParent(), options);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Interruption.deleteWithJournal(partial);
        Interruption.deleteOnInterrupt(partial);
        try {
            try (TorcDatabase db = TorcDatabase.create(partial, schema)) {
                Connection c = db.connection();
                // Safe only because nobody else can see the file until it is complete and renamed.
                execute(c, "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF",
                        "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY", "PRAGMA locking_mode = EXCLUSIVE");
                WorkflowWriter writer = write(c, options, progress, partial,
                        !"false".equals(System.getProperty(STAGE_TABLES_PROPERTY)));
                // Back to Torc's settings: WAL journal, normal locking.
                execute(c, "PRAGMA locking_mode = NORMAL", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                        "PRAGMA foreign_keys = ON");
                db.close();
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return report(target, options, writer, start);
            }
        } catch (SQLException e) {
            Interruption.deleteWithJournal(partial);
            // A stop interrupts whatever statement runs (and SQLite rolls its transaction back): say it stopped.
            Interruption.check("no database was written");
            throw TorcDatabase.failureOf(partial, "generate workflows into", e);
        } catch (IOException e) {
            Interruption.deleteWithJournal(partial);
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not move the generated database to " + target
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Interruption.deleteWithJournal(partial);
            throw e;
        } finally {
            Interruption.forget(partial);
        }
    }

    /**
     * Adds generated workflows to an existing Torc database, one transaction per workflow, with foreign keys
     * on and the database's own journal mode, so that it is safe on a database a server is using.
     *
     * @throws TorcIndexException if the database can't be opened for writing or a write fails (the workflow in
     *     progress is rolled back; workflows already committed stay)
     */
    public static GenerationReport append(Path database, GeneratorOptions options, GenerationProgress progress) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        try (TorcDatabase db = TorcDatabase.open(database)) {
            if (!db.tableNames().containsAll(TorcDatabase.TABLES)) {
                throw new TorcIndexException(ErrorCode.NOT_TORC, "Cannot add generated workflows to " + db.path()
                        + ": its Torc schema (" + db.torcVersion().schema() + ") lacks tables the generator fills ("
                        + TorcDatabase.TABLES.stream().filter(t -> !db.tableNames().contains(t)).toList()
                        + "); it fills the seed baseline and Torc v0.12.0 only. Nothing was changed.");
            }
            requireSpace(db.path().getParent(), options);
            try {
                WorkflowWriter writer = write(db.connection(), options, progress, null, false);
                return report(db.path(), options, writer, start);
            } catch (SQLException e) {
                throw db.failure("add generated workflows to", e);
            }
        }
    }

    /** The estimated size in bytes of {@code options}'s workflows. */
    public static long estimatedBytes(GeneratorOptions options) {
        try {
            return Math.addExact(Math.multiplyExact(options.totalJobs(), BYTES_PER_JOB), 1_000_000L);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Builds rows on a second thread while this one inserts them: on two cores, building (random numbers,
     * strings, sorting events) then costs no wall time. For a new database ({@code partial} given: one
     * transaction, nobody else can see the file) a third thread inserts the largest tables into a staging file
     * ({@link StagedTables}) if {@code stage}, copied in at the end; for an existing one ({@code partial} null)
     * every workflow is committed as it is written.
     */
    private static WorkflowWriter write(Connection c, GeneratorOptions options, GenerationProgress progress,
            Path partial, boolean stage) throws SQLException {
        BlockingQueue<RowChunk> queue = new ArrayBlockingQueue<>(4);
        boolean autoCommit = c.getAutoCommit();
        StagedTables staged = null;
        WorkflowWriter.ChunkSink sink = queue::put;
        try {
            Set<String> present = WorkflowWriter.tables(c);
            Set<String> inserted = new HashSet<>(present);
            if (partial != null && stage) {
                StagedTables s = StagedTables.start(c, partial, present);
                staged = s;
                inserted.removeAll(s.tableNames());
                sink = chunk -> {
                    s.put(chunk);
                    queue.put(chunk);
                };
            }
            WorkflowWriter writer = new WorkflowWriter(c, present, sink);
            Thread builder = builder(writer, options, sink, queue);
            c.setAutoCommit(false);
            builder.start();
            try (RowInserter inserter = new RowInserter(c, inserted)) {
                while (true) {
                    RowChunk chunk = queue.take();
                    // A stop deletes the .partial file: stop writing into it (the rows are lost either way).
                    Interruption.check(partial != null ? "no database was written"
                            : "the workflows written before the one in progress stay in the database");
                    if (chunk == RowChunk.END) {
                        break;
                    }
                    if (chunk.failure() instanceof StagedTables.Failed f && f.sqlCause() != null) {
                        throw f.sqlCause();
                    }
                    if (chunk.failure() != null) {
                        throw new IllegalStateException("building workflow rows failed: " + chunk.failure(),
                                chunk.failure());
                    }
                    inserter.insert(chunk);
                    if (chunk.completedWorkflow() >= 0) {
                        if (partial == null) {
                            c.commit();
                        }
                        progress.workflowWritten(chunk.completedWorkflow() + 1, options.workflows(),
                                chunk.rowsSoFar());
                    }
                }
                c.commit();
                builder.join();
            } catch (InterruptedException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                builder.interrupt();
                c.setAutoCommit(autoCommit);
            }
            if (staged != null) {
                c.setAutoCommit(true); // SQLite attaches no file inside a transaction
                try {
                    staged.copyInto(c);
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
            return writer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while generating workflows", e);
        } finally {
            if (staged != null) {
                staged.close();
            }
        }
    }

    /** The thread that builds every workflow's rows and hands them to {@code sink}, then the end. */
    private static Thread builder(WorkflowWriter writer, GeneratorOptions options, WorkflowWriter.ChunkSink sink,
            BlockingQueue<RowChunk> queue) {
        Thread builder = new Thread(() -> {
            try {
                for (int w = 0; w < options.workflows(); w++) {
                    // One stream per workflow: workflow w's content does not depend on how many come before.
                    SplittableRandom rng = new SplittableRandom(options.seed() * 1_000_003L + w);
                    writer.write(options.seed(), w, options.jobsPerWorkflow(), rng);
                }
                sink.accept(RowChunk.END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                // put, not offer: on a full queue offer would drop the failure and leave the writer waiting
                // forever. The writer takes every chunk until this one, or interrupts this thread if it fails.
                // A failure of the staging thread arrives here too (StagedTables.put), and so reaches the writer.
                try {
                    queue.put(RowChunk.failed(e));
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "torc-index-generator");
        builder.setDaemon(true);
        return builder;
    }

    private static void requireSpace(Path folder, GeneratorOptions options) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TorcIndexException(ErrorCode.DATABASE_MISSING, "Cannot write to " + folder
                    + ": the folder does not exist.");
        }
        long needed = estimatedBytes(options);
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            if (needed > free) {
                throw new TorcIndexException(ErrorCode.DISK_FULL, String.format(Locale.ROOT, "%d workflows of %d "
                        + "jobs would take about %s, but %s has only %s free. Free space there, or ask for fewer "
                        + "workflows or jobs.", options.workflows(), options.jobsPerWorkflow(), ByteSize.human(needed),
                        folder, ByteSize.human(free)));
            }
        } catch (IOException e) {
            LOG.warn("Could not read the free space of {}: {}", folder, e.getMessage());
        }
    }

    private static GenerationReport report(Path database, GeneratorOptions options, WorkflowWriter writer,
            long start) {
        long bytes;
        try {
            bytes = Files.size(database);
        } catch (IOException e) {
            bytes = -1;
        }
        GenerationReport report = new GenerationReport(database, options, writer.rowsByTable(),
                Duration.ofNanos(System.nanoTime() - start), bytes);
        LOG.info("Generated {} rows into {} in {} ms", report.totalRows(), database, report.elapsed().toMillis());
        return report;
    }

    private static void execute(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }
}
