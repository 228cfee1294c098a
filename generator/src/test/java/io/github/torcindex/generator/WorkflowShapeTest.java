package io.github.torcindex.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkflowShapeTest {

    @Test
    void everySizeAndStateGivesADagOfDistinctEarlierParents() {
        for (int jobs = 1; jobs <= 400; jobs += 3) {
            for (WorkflowShape.State state : WorkflowShape.State.values()) {
                WorkflowShape shape = WorkflowShape.of(jobs, state, new SplittableRandom(jobs * 31L + state.ordinal()));
                assertThat(shape.stageStart[shape.stages()]).isEqualTo(jobs);
                for (int j = 0; j < jobs; j++) {
                    int[] parents = shape.parents[j];
                    assertThat(Arrays.stream(parents).distinct().count()).isEqualTo(parents.length);
                    for (int p : parents) {
                        assertThat(shape.stageOf[p]).isEqualTo(shape.stageOf[j] - 1);
                    }
                    assertThat(shape.stageOf[j] == 0).isEqualTo(parents.length == 0);
                }
            }
        }
    }

    @Test
    void aTenThousandJobWorkflowHasStagesBarriersAndAboutTwoParentsPerJob() {
        WorkflowShape shape = WorkflowShape.of(10_000, WorkflowShape.State.RUNNING, new SplittableRandom(42));
        long edges = Arrays.stream(shape.parents).mapToLong(p -> p.length).sum();
        assertThat(edges / 10_000.0).isBetween(1.5, 3.0);
        assertThat(shape.stages()).isBetween(6, 16);
        boolean anyBarrier = false;
        for (boolean b : shape.barrier) {
            anyBarrier |= b;
        }
        assertThat(anyBarrier).isTrue();
        assertThat(shape.frontier).isBetween(1, shape.stages() - 1);
    }
}
