package io.github.torcindex.generator;

import io.github.torcindex.schema.JobStatus;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The shape of one synthetic workflow: jobs in stages, the dependency DAG between them, and each job's status
 * given the workflow's state. Local job indexes run 0..J-1 in stage order, so every parent has a lower index.
 */
final class WorkflowShape {

    /** Where a workflow is in its life. */
    enum State { NEW, RUNNING, FINISHED, FAILED, CANCELED }

    final State state;
    final int jobs;
    final int[] stageStart;        // stageStart[s] = first job of stage s; stageStart[stages] = jobs
    final boolean[] barrier;       // barrier[s]: a fan-in stage of few jobs
    final int[] stageOf;
    final int[][] parents;
    final byte[] status;
    final int frontier;            // the stage being worked on (RUNNING, CANCELED), else -1

    private WorkflowShape(State state, int jobs, int[] stageStart, boolean[] barrier, int[] stageOf,
            int[][] parents, byte[] status, int frontier) {
        this.state = state;
        this.jobs = jobs;
        this.stageStart = stageStart;
        this.barrier = barrier;
        this.stageOf = stageOf;
        this.parents = parents;
        this.status = status;
        this.frontier = frontier;
    }

    int stages() {
        return stageStart.length - 1;
    }

    static State pickState(SplittableRandom rng) {
        double p = rng.nextDouble();
        if (p < 0.35) {
            return State.FINISHED;
        }
        if (p < 0.80) {
            return State.RUNNING;
        }
        if (p < 0.90) {
            return State.FAILED;
        }
        return p < 0.95 ? State.CANCELED : State.NEW;
    }

    static WorkflowShape of(int jobs, State state, SplittableRandom rng) {
        int[] stageStart = stages(jobs, rng);
        int stages = stageStart.length - 1;
        boolean[] barrier = new boolean[stages];
        int[] stageOf = new int[jobs];
        for (int s = 0; s < stages; s++) {
            barrier[s] = s > 0 && stageStart[s + 1] - stageStart[s] <= 5 && stages > 2;
            Arrays.fill(stageOf, stageStart[s], stageStart[s + 1], s);
        }
        int[][] parents = new int[jobs][];
        for (int j = 0; j < jobs; j++) {
            parents[j] = parentsOf(j, stageOf[j], stageStart, barrier, rng);
        }
        int frontier = state == State.RUNNING || state == State.CANCELED
                ? Math.min(stages - 1, 1 + rng.nextInt(Math.max(1, stages - 1))) : -1;
        byte[] status = statuses(state, jobs, stageOf, parents, frontier, rng);
        return new WorkflowShape(state, jobs, stageStart, barrier, stageOf, parents, status, frontier);
    }

    /**
     * Stage boundaries: a small setup stage, wide stages, a fan-in barrier of a few jobs after every third wide
     * stage, and a final barrier that gathers the results.
     */
    private static int[] stages(int jobs, SplittableRandom rng) {
        if (jobs < 20) {
            return jobs == 1 ? new int[] {0, 1} : new int[] {0, 1, jobs};
        }
        int wide = 4 + rng.nextInt(6);
        int count = 1 + wide + wide / 3 + 1;
        int[] sizes = new int[count];
        double[] weights = new double[count];
        sizes[0] = Math.max(1, jobs / 200);
        int fixed = sizes[0];
        int w = 0;
        for (int s = 1; s < count; s++) {
            boolean isBarrier = s == count - 1 || (w > 0 && w % 3 == 0 && sizes[s - 1] > 5);
            if (isBarrier) {
                sizes[s] = 1 + rng.nextInt(3);
                fixed += sizes[s];
                w = 0;
            } else {
                weights[s] = 0.5 + rng.nextDouble();
                w++;
            }
        }
        double total = Arrays.stream(weights).sum();
        int remaining = jobs - fixed;
        int assigned = 0;
        int lastWide = -1;
        for (int s = 1; s < count; s++) {
            if (weights[s] > 0) {
                sizes[s] = Math.max(1, (int) (remaining * weights[s] / total));
                assigned += sizes[s];
                lastWide = s;
            }
        }
        sizes[lastWide] += remaining - assigned;
        int[] start = new int[count + 1];
        for (int s = 0; s < count; s++) {
            start[s + 1] = start[s] + sizes[s];
        }
        return start;
    }

    private static final int[] EMPTY = new int[0];

    private static int[] parentsOf(int job, int stage, int[] stageStart, boolean[] barrier, SplittableRandom rng) {
        if (stage == 0) {
            return EMPTY;
        }
        int prevStart = stageStart[stage - 1];
        int prevSize = stageStart[stage] - prevStart;
        if (barrier[stage]) {
            // A fan-in barrier: each of its few jobs waits for its share of the previous stage (capped).
            int size = stageStart[stage + 1] - stageStart[stage];
            int index = job - stageStart[stage];
            int from = prevStart + (int) ((long) prevSize * index / size);
            int to = prevStart + (int) ((long) prevSize * (index + 1) / size);
            int n = Math.max(1, Math.min(to - from, 1000));
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = from + i;
            }
            return p;
        }
        double u = rng.nextDouble();
        int k = u < 0.35 ? 1 : u < 0.70 ? 2 : u < 0.90 ? 3 : 4;
        k = Math.min(k, prevSize);
        // Locality: a job depends on jobs near its own relative position in the previous stage.
        int size = stageStart[stage + 1] - stageStart[stage];
        int centre = prevStart + (int) ((long) prevSize * (job - stageStart[stage]) / size);
        int[] p = new int[k];
        int n = 0;
        int window = Math.max(k, Math.min(prevSize, 64));
        while (n < k) {
            // The window [low, low + window) lies inside the previous stage and holds window >= k distinct jobs.
            int low = Math.max(prevStart, Math.min(prevStart + prevSize - window, centre - window / 2));
            int candidate = low + rng.nextInt(window);
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= p[i] == candidate;
            }
            if (!seen) {
                p[n++] = candidate;
            } else if (window < prevSize) {
                window = Math.min(prevSize, window * 2);
            }
        }
        Arrays.sort(p);
        return p;
    }

    private static byte[] statuses(State state, int jobs, int[] stageOf, int[][] parents, int frontier,
            SplittableRandom rng) {
        byte[] status = new byte[jobs];
        // A new workflow is either not initialized at all, or initialized: setup ready, the rest blocked.
        boolean initialized = state == State.NEW && rng.nextBoolean();
        for (int j = 0; j < jobs; j++) {
            int stage = stageOf[j];
            boolean parentFailed = false;
            boolean parentsDone = true;
            for (int p : parents[j]) {
                int ps = status[p];
                parentFailed |= ps == code(JobStatus.FAILED) || ps == code(JobStatus.CANCELED)
                        || ps == code(JobStatus.TERMINATED);
                parentsDone &= ps == code(JobStatus.COMPLETED);
            }
            JobStatus s;
            if (parentFailed) {
                s = JobStatus.CANCELED;
            } else {
                s = switch (state) {
                    case NEW -> !initialized ? JobStatus.UNINITIALIZED
                            : stage == 0 ? JobStatus.READY : JobStatus.BLOCKED;
                    case FINISHED -> JobStatus.COMPLETED;
                    case FAILED -> stage > 0 && rng.nextDouble() < 0.005 ? JobStatus.FAILED : JobStatus.COMPLETED;
                    case RUNNING -> running(stage, frontier, parentsDone, rng);
                    case CANCELED -> stage < frontier ? JobStatus.COMPLETED
                            : stage == frontier ? (rng.nextDouble() < 0.5 ? JobStatus.COMPLETED
                                    : rng.nextDouble() < 0.6 ? JobStatus.TERMINATED : JobStatus.CANCELED)
                            : JobStatus.CANCELED;
                };
            }
            status[j] = code(s);
        }
        return status;
    }

    private static JobStatus running(int stage, int frontier, boolean parentsDone, SplittableRandom rng) {
        if (stage < frontier) {
            return rng.nextDouble() < 0.002 ? JobStatus.FAILED : JobStatus.COMPLETED;
        }
        if (stage == frontier && parentsDone) {
            double u = rng.nextDouble();
            return u < 0.40 ? JobStatus.COMPLETED : u < 0.65 ? JobStatus.RUNNING
                    : u < 0.80 ? JobStatus.PENDING : JobStatus.READY;
        }
        return parentsDone ? JobStatus.READY : JobStatus.BLOCKED;
    }

    private static byte code(JobStatus s) {
        return (byte) s.code();
    }
}
