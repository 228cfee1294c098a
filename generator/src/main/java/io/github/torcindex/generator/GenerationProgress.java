package io.github.torcindex.generator;

/** Receives progress while {@link WorkflowGenerator} writes; a front end renders it (or not). */
@FunctionalInterface
public interface GenerationProgress {

    /** Ignores progress. */
    GenerationProgress NONE = (workflowsDone, workflowsTotal, rowsWritten) -> { };

    /**
     * Called after each workflow is committed.
     *
     * @param workflowsDone workflows written so far
     * @param workflowsTotal workflows to write
     * @param rowsWritten rows written so far, all tables together
     */
    void workflowWritten(int workflowsDone, int workflowsTotal, long rowsWritten);
}
