package io.github.torcindex.generator;

/**
 * What {@link WorkflowGenerator} makes.
 *
 * @param workflows how many workflows to add (1 or more)
 * @param jobsPerWorkflow how many jobs each workflow has (1 or more)
 * @param seed the seed: the same seed and sizes give the same content on any machine
 */
public record GeneratorOptions(int workflows, int jobsPerWorkflow, long seed) {

    /** The default number of workflows: enough to make a table scan cost what it costs on a busy server. */
    public static final int DEFAULT_WORKFLOWS = 20;
    /** The default jobs per workflow: the seed document's "workflow with 10,000 jobs". */
    public static final int DEFAULT_JOBS = 10_000;
    /** The default seed. */
    public static final long DEFAULT_SEED = 42L;
    /** The most jobs one workflow may have. */
    public static final int MAX_JOBS = 10_000_000;

    /** Validates the sizes. */
    public GeneratorOptions {
        if (workflows < 1) {
            throw new IllegalArgumentException("workflows: must be 1 or more, not " + workflows);
        }
        if (jobsPerWorkflow < 1) {
            throw new IllegalArgumentException("jobsPerWorkflow: must be 1 or more, not " + jobsPerWorkflow);
        }
        if (jobsPerWorkflow > MAX_JOBS) {
            throw new IllegalArgumentException("jobsPerWorkflow: at most " + MAX_JOBS + " jobs per workflow, not "
                    + jobsPerWorkflow);
        }
    }

    /** The defaults: 20 workflows of 10,000 jobs, seed 42. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(DEFAULT_WORKFLOWS, DEFAULT_JOBS, DEFAULT_SEED);
    }

    /** The total number of jobs. */
    public long totalJobs() {
        return (long) workflows * jobsPerWorkflow;
    }
}
