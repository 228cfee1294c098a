package io.github.torcindex.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void refusesNonPositiveAndAbsurdSizesNamingTheField() {
        assertThatThrownBy(() -> new GeneratorOptions(0, 10, 1)).hasMessageContaining("workflows").hasMessageContaining("0");
        assertThatThrownBy(() -> new GeneratorOptions(1, -5, 1)).hasMessageContaining("jobsPerWorkflow")
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> new GeneratorOptions(1, 20_000_000, 1)).hasMessageContaining("at most");
    }

    @Test
    void defaultsAreTwentyWorkflowsOfTenThousandJobs() {
        assertThat(GeneratorOptions.defaults().totalJobs()).isEqualTo(200_000);
        assertThat(WorkflowGenerator.estimatedBytes(GeneratorOptions.defaults())).isGreaterThan(125_000_000L);
        assertThat(WorkflowGenerator.estimatedBytes(new GeneratorOptions(Integer.MAX_VALUE, 10_000_000, 1)))
                .as("saturates instead of overflowing").isEqualTo(Long.MAX_VALUE);
    }
}
