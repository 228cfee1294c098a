package io.github.torcindex.generator;

import java.util.ArrayList;
import java.util.List;

/** Rows of every table, in the order they were built, handed from the building thread to the inserting one. */
final class RowChunk {

    /** The end of the stream: no more chunks follow. */
    static final RowChunk END = new RowChunk();

    private final List<List<Object[]>> rows = new ArrayList<>();
    private int size;
    private int completedWorkflow = -1;
    private long rowsSoFar;
    private Throwable failure;

    RowChunk() {
        for (int i = 0; i < GeneratedTable.values().length; i++) {
            rows.add(new ArrayList<>());
        }
    }

    static RowChunk failed(Throwable failure) {
        RowChunk chunk = new RowChunk();
        chunk.failure = failure;
        return chunk;
    }

    void add(GeneratedTable table, Object[] values) {
        rows.get(table.ordinal()).add(values);
        size++;
    }

    void complete(int completedWorkflow, long rowsSoFar) {
        this.completedWorkflow = completedWorkflow;
        this.rowsSoFar = rowsSoFar;
    }

    int size() {
        return size;
    }

    List<Object[]> rows(GeneratedTable table) {
        return rows.get(table.ordinal());
    }

    /** The workflow this chunk completes, or -1 if it ends mid-workflow. */
    int completedWorkflow() {
        return completedWorkflow;
    }

    long rowsSoFar() {
        return rowsSoFar;
    }

    Throwable failure() {
        return failure;
    }
}
